package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.eval.AnalyzeRunner;
import org.crosscheck.eval.EvaluationReport;
import org.crosscheck.eval.EvaluationResult;
import org.crosscheck.eval.StatusEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval [FOLDER]}: analyses every labelled case and prints precision, recall and F1 of the
 * cross-source statuses, the confusion matrix and the wrong pairs.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the cross-source statuses against a labelled set of cases.")
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "src/test/resources/eval",
            description = "Folder of cases (each with articles, manifest.csv and expected.csv). Default: ${DEFAULT-VALUE}")
    Path evalRoot;

    @Option(names = "--work", description = "Where each case's export is written (default: a new temporary folder).")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        StatusEvaluation evaluation = workDir == null
                ? StatusEvaluation.withCli()
                : new StatusEvaluation(new AnalyzeRunner(), workDir);
        EvaluationResult result = evaluation.evaluate(evalRoot);
        System.out.print(EvaluationReport.format(result));
        System.out.println("Exports kept in " + evaluation.workDir());
        return result.failures().isEmpty() ? 0 : 1;
    }
}
