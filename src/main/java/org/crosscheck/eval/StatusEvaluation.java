package org.crosscheck.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Measures the cross-source statuses against a labelled set: analyses every case folder into
 * its own export folder under {@code workDir}, reads the export back and scores each labelled
 * pair. {@link #score(Path, Function)} scores exports that already exist.
 */
public final class StatusEvaluation {

    private final CaseAnalyzer analyzer;
    private final Path workDir;

    /** @param workDir where each case's export goes ({@code workDir/<case>}); kept for inspection */
    public StatusEvaluation(CaseAnalyzer analyzer, Path workDir) {
        this.analyzer = analyzer;
        this.workDir = workDir;
    }

    /** Runs the real analysis ({@link AnalyzeRunner}) with exports in a fresh temporary folder. */
    public static StatusEvaluation withCli() {
        try {
            return new StatusEvaluation(new AnalyzeRunner(), Files.createTempDirectory("crosscheck-eval"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the exports", e);
        }
    }

    public Path workDir() {
        return workDir;
    }

    /** Analyses and scores every case under {@code evalRoot}. */
    public EvaluationResult evaluate(Path evalRoot) {
        List<EvalCase> cases = EvalSetReader.readAll(evalRoot);
        List<RowOutcome> outcomes = new ArrayList<>();
        List<CaseFailure> failures = new ArrayList<>();
        for (EvalCase evalCase : cases) {
            Path out = workDir.resolve(evalCase.name());
            ExportedAnalysis analysis = analyse(evalCase, out, failures);
            outcomes.addAll(RowScorer.score(evalCase, analysis));
        }
        return new EvaluationResult(cases, outcomes, failures);
    }

    /** Scores every case under {@code evalRoot} against an export that already exists for it. */
    public static EvaluationResult score(Path evalRoot, Function<EvalCase, Path> exportDirOf) {
        List<EvalCase> cases = EvalSetReader.readAll(evalRoot);
        List<RowOutcome> outcomes = new ArrayList<>();
        for (EvalCase evalCase : cases) {
            outcomes.addAll(RowScorer.score(evalCase, ExportedAnalysis.read(exportDirOf.apply(evalCase))));
        }
        return new EvaluationResult(cases, outcomes, List.of());
    }

    /** The case's export; an analysis that fails is recorded and its pairs scored on whatever it wrote. */
    private ExportedAnalysis analyse(EvalCase evalCase, Path out, List<CaseFailure> failures) {
        try {
            Files.createDirectories(out);
            // A reused work folder must not let a failed run be scored on the previous run's export.
            Files.deleteIfExists(out.resolve("claims.csv"));
            Files.deleteIfExists(out.resolve("facts.csv"));
            int exit = analyzer.analyze(evalCase.dir(), out);
            if (exit != 0) {
                failures.add(new CaseFailure(evalCase.name(), "analyze exited with " + exit));
            }
        } catch (Exception e) {
            failures.add(new CaseFailure(evalCase.name(), "analyze failed: " + e));
        }
        if (!Files.isRegularFile(out.resolve("claims.csv")) || !Files.isRegularFile(out.resolve("facts.csv"))) {
            failures.add(new CaseFailure(evalCase.name(), "no claims.csv/facts.csv in " + out));
            return ExportedAnalysis.empty();
        }
        return ExportedAnalysis.read(out);
    }
}
