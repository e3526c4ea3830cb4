package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.eval.AnalyzeRunner;
import org.crosscheck.eval.CorpusEvaluation;
import org.crosscheck.eval.CorpusReport;
import org.crosscheck.eval.CorpusResult;
import org.crosscheck.eval.CorpusStories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval-corpus [ROOT] [--out DIR] [--only STORY...] [--exclude STORY...]}: the headline
 * measure. Analyses every story of the development set on its own, in this process (CoreNLP is
 * loaded once for all), and scores each against its gold.json as {@code score.py} does.
 */
@Command(name = "eval-corpus", mixinStandardHelpOptions = true,
        description = "Analyse each story of the real-news development set and score it against its gold.json.")
final class EvalCorpusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ROOT", defaultValue = "../shared/corpus",
            description = "Folder of stories (each with articles, manifest.csv and gold.json). Default: ${DEFAULT-VALUE}")
    Path root;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where each story's project and export go, as DIR/<story> (default: a new temporary folder).")
    Path out;

    @Option(names = "--only", paramLabel = "STORY", arity = "1..*", split = ",",
            description = "Score only these stories (folder names).")
    List<String> only = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "STORY", arity = "1..*", split = ",",
            description = "Leave these stories out, e.g. one kept to be scored last.")
    List<String> exclude = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<Path> stories;
        try {
            stories = CorpusStories.select(root, only, exclude);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Path workDir = out != null ? out : Files.createTempDirectory("crosscheck-eval-corpus");
        CorpusResult result = new CorpusEvaluation(new AnalyzeRunner(), workDir, System.err::println)
                .evaluate(stories);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(CorpusReport.format(result));
        stdout.println("Exports kept in " + workDir.toAbsolutePath().normalize());
        stdout.flush();
        return 0;
    }
}
