package org.crosscheck.ui;

import java.nio.file.Path;
import org.crosscheck.service.Workbench;

/** Opens (or creates) the workbench of a project file; slow, so it is called on the task executor. */
@FunctionalInterface
public interface WorkbenchOpener {
    Workbench open(Path projectFile) throws Exception;
}
