package org.crosscheck.spark;

import java.nio.file.Path;
import java.util.List;

/**
 * What one run of the job is asked to do.
 *
 * @param inputs     folders, article files and JSON Lines files: local paths or Hadoop URIs
 * @param out        the output folder (local path or Hadoop URI)
 * @param partitions partitions per batch and for the stories; 0 for four per core of the cluster
 * @param batch      articles per batch: each batch's NLP output is kept as soon as it is done
 * @param project    a project file to write the chosen stories into, or null
 * @param stories    stories (by name, their first document) to write into the project
 * @param match      a regular expression: stories with a document whose name matches go into the project; or null
 */
public record JobOptions(List<String> inputs, String out, int partitions, int batch, Path project,
                         List<String> stories, String match) {

    public static final int DEFAULT_BATCH = 10_000;

    public JobOptions {
        inputs = List.copyOf(inputs);
        stories = stories == null ? List.of() : List.copyOf(stories);
        if (batch <= 0) {
            batch = DEFAULT_BATCH;
        }
    }

    /** Just the inputs and the output folder, the rest by default. */
    public static JobOptions of(List<String> inputs, String out) {
        return new JobOptions(inputs, out, 0, DEFAULT_BATCH, null, List.of(), null);
    }

    public JobOptions withBatch(int articles) {
        return new JobOptions(inputs, out, partitions, articles, project, stories, match);
    }

    public JobOptions withProject(Path file, List<String> chosenStories, String documentPattern) {
        return new JobOptions(inputs, out, partitions, batch, file, chosenStories, documentPattern);
    }
}
