package org.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crosscheck} command: analyse, export, open the workbench, benchmark. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, version = "Crosscheck 0.1.0",
        description = "Compare news reports: entities, claims and a cross-source fact table.",
        subcommands = {AnalyzeCommand.class, ExportCommand.class, ExportReviewsCommand.class,
            CompareReviewsCommand.class, GuiCommand.class, BenchCommand.class, EvalCommand.class,
            EvalCorpusCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new PlainErrorHandler());
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
