package org.crosscheck.load;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a manifest's rows against the files it describes. A manifest only describes files;
 * it never makes Crosscheck read one. A row that names an absolute path, a path leaving the
 * manifest's folder, a file in a sub-folder, or (in a folder's own manifest) a file that is not
 * there matches nothing: the researcher is told (manifest, line, reason), since a row they wrote
 * was not used.
 */
final class ManifestRows {
    private ManifestRows() {
    }

    /**
     * @param manifest  the manifest read
     * @param folder    the folder whose files it describes, or null for a manifest given for all inputs
     * @param fileNames the names of the article files it may describe
     */
    static List<LoadException> unmatched(Manifest manifest, Path folder, Set<String> fileNames) {
        List<LoadException> problems = new ArrayList<>();
        for (Manifest.Row row : manifest.rows()) {
            String name = row.entry().file();
            if (fileNames.contains(name)) {
                continue;
            }
            String reason = reason(name, folder);
            if (reason == null) {
                continue;
            }
            problems.add(new LoadException(manifest.file(), "line " + row.line() + " of the manifest names '" + name
                    + "', " + reason));
        }
        return problems;
    }

    private static String reason(String name, Path folder) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            return "which is not a valid file name; the row was not used";
        }
        if (path.isAbsolute() || name.startsWith("/") || name.startsWith("\\")) {
            return "an absolute path; a manifest names files in its own folder, so that file was not read";
        }
        Path base = folder == null ? Path.of("").toAbsolutePath() : folder.toAbsolutePath().normalize();
        Path resolved = base.resolve(path).normalize();
        if (!resolved.startsWith(base) || name.contains("..")) {
            return "which is outside the manifest's folder; that file was not read";
        }
        if (path.getNameCount() > 1 || name.contains("/") || name.contains("\\")) {
            return "which is in a sub-folder; only the files directly in the folder are read";
        }
        // A manifest given for all inputs may describe more files than one run analyses (articles added
        // one at a time); only a folder's own manifest names files that should be beside it.
        return folder == null ? null
                : "which is not an article file in the folder (.txt, .html, .htm); the row was not used";
    }
}
