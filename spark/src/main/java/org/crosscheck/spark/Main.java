package org.crosscheck.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code java -jar crosscheck-spark.jar analyze|bench ...}, also the main class under spark-submit. */
@Command(name = "crosscheck-spark", mixinStandardHelpOptions = true,
        subcommands = {Main.Analyze.class, BenchCommand.class},
        description = "Crosscheck's analysis as an Apache Spark job.")
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line; the exit code: 0 all analysed, 1 some inputs not analysed, 2 a usage or output error. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println(e.getMessage() == null ? e.toString() : e.getMessage());
            if (Boolean.getBoolean("crosscheck.debug")) {
                e.printStackTrace(command.getErr());
            }
            return 2;
        });
        cli.setErr(new PrintWriter(System.err, true));
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command: analyze or bench");
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = "Analyses folders of articles (with manifest.csv) and JSON Lines files, local or on any"
                    + " Hadoop file system, and writes documents.csv, mentions.csv, claims.csv, facts.csv,"
                    + " stories.csv, errors.csv and parquet/ into the output folder. Exit code 0 when every input"
                    + " was analysed, 1 when some were not (errors.csv), 2 on a usage or output error.")
    static final class Analyze implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "INPUT")
        List<String> inputs;

        @Option(names = "--out", required = true, paramLabel = "DIR")
        String out;

        @Option(names = "--master", paramLabel = "MASTER", description = "e.g. local[2]; default: spark-submit's, else local[*]")
        String master;

        @Option(names = "--partitions", paramLabel = "N", description = "partitions per batch and for the stories (default: 4 per core)")
        int partitions;

        @Option(names = "--batch", paramLabel = "N", description = "articles per batch, each kept when done (default: ${DEFAULT-VALUE})")
        int batch = JobOptions.DEFAULT_BATCH;

        @Option(names = "--project", paramLabel = "FILE", description = "also write the chosen stories as a project file for the workbench")
        Path project;

        @Option(names = "--story", paramLabel = "STORY", description = "a story for --project, by name (stories.csv)")
        List<String> stories;

        @Option(names = "--match", paramLabel = "REGEX", description = "for --project: the stories with a document whose name matches")
        String match;

        @Override
        public Integer call() throws Exception {
            if (project != null && (stories == null || stories.isEmpty()) && match == null) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "--project needs the stories to write: --story STORY or --match REGEX");
            }
            JobOptions options = new JobOptions(inputs, out, partitions, batch, project, stories, match);
            boolean running = SparkSession.getDefaultSession().isDefined();
            SparkSession spark = SparkSessions.start(master);
            try {
                JobReport report = AnalyzeJob.run(spark, options);
                report.print(System.err);
                return report.allAnalysed() ? 0 : 1;
            } finally {
                if (!running) {
                    spark.stop(); // a session this command started; one that ran before (a test's) goes on
                }
            }
        }
    }
}
