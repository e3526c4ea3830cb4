package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.service.AnalysisReport;
import org.crosscheck.service.CancellationToken;
import org.crosscheck.service.ProjectWorkbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze INPUT... [--out DIR] [--project FILE] [--manifest FILE]}. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles into a project file and write the four CSV files.")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Folders (every .txt, .html, .htm; their manifest.csv is read) or files.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the CSV files go (default: current folder).")
    Path out = Path.of(".");

    @Option(names = "--project", paramLabel = "FILE", description = "Project file (default: DIR/crosscheck.db).")
    Path project;

    @Option(names = "--manifest", paramLabel = "FILE", description = "Manifest CSV (file,outlet,published,url).")
    Path manifest;

    @Override
    public Integer call() throws IOException {
        Path projectFile = project != null ? project : out.resolve("crosscheck.db");
        Files.createDirectories(out);
        Files.createDirectories(projectFile.toAbsolutePath().getParent());
        try (ProjectWorkbench workbench = new ProjectWorkbench(projectFile)) {
            AnalysisReport report = workbench.analyze(inputs, manifest, new StderrProgress(), new CancellationToken());
            workbench.export(out);
            report.failures().forEach(f -> System.err.println("not analysed: " + f.file() + ": " + f.reason()));
            System.err.printf("%d analysed, %d reused, %d failed; project %s; CSV files in %s%n",
                    report.analysed().size(), report.reused().size(), report.failures().size(),
                    projectFile, out.toAbsolutePath().normalize());
            return report.allSucceeded() ? 0 : 1;
        }
    }
}
