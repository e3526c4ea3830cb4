package org.crosscheck.eval;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;

/**
 * Analyses a case the way a user does: through the CLI entry point
 * {@code org.crosscheck.cli.Main.run("analyze", caseDir, "--out", outDir)}.
 *
 * <p>The call is looked up at run time so that the evaluation compiles on branches where the
 * CLI is not there yet; once {@code Main} is merged this is the only place that touches it.
 */
public final class AnalyzeRunner implements CaseAnalyzer {

    private static final String MAIN = "org.crosscheck.cli.Main";

    @Override
    public int analyze(Path caseDir, Path outDir) throws Exception {
        MethodHandle run = mainRun();
        try {
            return (int) run.invoke(new String[] {"analyze", caseDir.toString(), "--out", outDir.toString()});
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static MethodHandle mainRun() {
        try {
            return MethodHandles.publicLookup().findStatic(Class.forName(MAIN), "run",
                    MethodType.methodType(int.class, String[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(MAIN + ".run(String...) returning int is not available: " + e, e);
        }
    }
}
