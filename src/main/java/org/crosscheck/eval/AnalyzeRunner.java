package org.crosscheck.eval;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.service.AnalysisReport;
import org.crosscheck.service.CancellationToken;
import org.crosscheck.service.ProgressListener;
import org.crosscheck.service.ProjectWorkbench;

/**
 * Analyses a case the way a user does: the same workbench service as {@code analyze}, into a
 * project file in the output folder, then the four CSV files beside it.
 */
public final class AnalyzeRunner implements CaseAnalyzer {

    @Override
    public int analyze(Path caseDir, Path outDir) {
        try (ProjectWorkbench workbench = new ProjectWorkbench(outDir.resolve("crosscheck.db"))) {
            AnalysisReport report = workbench.analyze(List.of(caseDir), null, ProgressListener.NONE,
                    new CancellationToken());
            workbench.export(outDir);
            return report.allSucceeded() ? 0 : 1;
        }
    }
}
