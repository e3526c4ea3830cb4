package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.service.ProjectWorkbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export --project FILE --out DIR}: the four CSV files of a saved project, with review decisions. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the four CSV files of a saved project, including review decisions.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--project", required = true, paramLabel = "FILE", description = "The project file.")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the CSV files go.")
    Path out;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(project)) {
            throw new IllegalArgumentException("no project file at " + project);
        }
        try (ProjectWorkbench workbench = new ProjectWorkbench(project)) {
            workbench.export(out);
            System.err.println("CSV files written to " + out.toAbsolutePath().normalize());
            return 0;
        }
    }
}
