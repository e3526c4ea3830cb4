package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.service.ProjectWorkbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export-reviews --project FILE --out FILE}: a project's review decisions for another researcher. */
@Command(name = "export-reviews", mixinStandardHelpOptions = true,
        description = "Write a project's review decisions (and each claim's fact status) to a CSV file"
                + " another researcher can compare with their own.")
final class ExportReviewsCommand implements Callable<Integer> {

    @Option(names = "--project", required = true, paramLabel = "FILE", description = "The project file.")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The review file to write (CSV).")
    Path out;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(project)) {
            throw new IllegalArgumentException("no project file at " + project);
        }
        try (ProjectWorkbench workbench = new ProjectWorkbench(project)) {
            workbench.exportReviews(out);
            System.err.println("Review decisions written to " + out.toAbsolutePath().normalize());
            return 0;
        }
    }
}
