package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.ui.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gui [INPUT...] [--project FILE]}: opens the workbench window. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the workbench; with INPUT, analyse (or reopen) those articles.")
final class GuiCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Folders or files to analyse.")
    List<Path> inputs = List.of();

    @Option(names = "--project", paramLabel = "FILE",
            description = "Project file (default: crosscheck.db beside the first input folder, or the last project).")
    Path project;

    @Override
    public Integer call() {
        GuiLauncher.launch(inputs, project);
        return 0;
    }
}
