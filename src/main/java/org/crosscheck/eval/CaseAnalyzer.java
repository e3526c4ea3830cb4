package org.crosscheck.eval;

import java.nio.file.Path;

/** Runs the analysis of one case folder and writes its CSV export into {@code outDir}. */
@FunctionalInterface
public interface CaseAnalyzer {

    /** @return the exit code: 0 when every article was analysed */
    int analyze(Path caseDir, Path outDir) throws Exception;
}
