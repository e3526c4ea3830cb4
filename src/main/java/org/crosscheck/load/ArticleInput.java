package org.crosscheck.load;

import java.nio.file.Path;

/**
 * One file to load and what the manifest says about it.
 *
 * @param file  the article file, as collected from the inputs
 * @param entry its manifest entry, or null when no manifest lists it
 */
public record ArticleInput(Path file, ManifestEntry entry) {
}
