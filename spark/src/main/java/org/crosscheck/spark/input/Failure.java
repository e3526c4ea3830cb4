package org.crosscheck.spark.input;

import java.io.Serializable;

/**
 * A row of the errors table: an input that was not analysed, and why.
 *
 * @param file   the file, URI or JSON line, as given
 * @param reason the problem in plain words (the desktop's message where the desktop has one)
 */
public record Failure(String file, String reason) implements Serializable {
}
