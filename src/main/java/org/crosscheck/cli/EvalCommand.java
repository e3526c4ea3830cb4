package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.eval.AnalyzeRunner;
import org.crosscheck.eval.EvaluationReport;
import org.crosscheck.eval.EvaluationResult;
import org.crosscheck.eval.StatusEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval [FOLDER]}: analyses every labelled case and prints precision, recall and F1 of the
 * cross-source statuses, the confusion matrix and the wrong pairs. With {@code --exports} it
 * scores exports that already exist instead of analysing again.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the cross-source statuses against a labelled set of cases.")
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "src/test/resources/eval",
            description = "Folder of cases (each with articles, manifest.csv and expected.csv). Default: ${DEFAULT-VALUE}")
    Path evalRoot;

    @Option(names = "--work", description = "Where each case's export is written (default: a new temporary folder).")
    Path workDir;

    @Option(names = "--exports", description = "Score the exports in DIR/<case>/ (claims.csv, facts.csv) without analysing.")
    Path exportsDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (exportsDir != null) {
            out.print(EvaluationReport.format(StatusEvaluation.score(evalRoot, c -> exportsDir.resolve(c.name()))));
            out.flush();
            return 0;
        }
        StatusEvaluation evaluation = workDir == null
                ? StatusEvaluation.withCli()
                : new StatusEvaluation(new AnalyzeRunner(), workDir);
        EvaluationResult result = evaluation.evaluate(evalRoot);
        out.print(EvaluationReport.format(result));
        out.println("Exports kept in " + evaluation.workDir());
        out.flush();
        return result.failures().isEmpty() ? 0 : 1;
    }
}
