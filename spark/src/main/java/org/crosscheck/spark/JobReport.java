package org.crosscheck.spark;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.crosscheck.spark.input.Failure;

/**
 * The outcome of one run: how many articles were analysed now, kept from earlier runs or not
 * analysed (each in the errors table), the stories, and where the time went.
 *
 * @param seconds wall-clock seconds of the whole run
 * @param shuffle bytes the run wrote to Spark's shuffle
 * @param times   by stage: wall seconds of the per-article stage, the grouping, the stories and the
 *                output; the executors' summed seconds of loading, NLP, and the stories' claims,
 *                alignment (with embedding) and project-file work
 */
public record JobReport(int analysed, int kept, List<Failure> failures, GroupingFigures grouping,
                        long tokens, double seconds, Shuffle shuffle, Times times) {

    /**
     * Bytes written to Spark's shuffle: in all (as far as the task metrics had arrived when the run
     * ended), and by the stories' group-by, which carries every document's NLP output.
     */
    public record Shuffle(long bytes, long storyBytes) {
    }

    /** Seconds by stage. */
    public record Times(double articlesWall, double groupingWall, double storiesWall, double outputWall,
                        double load, double nlp, double storyClaims, double storyAlign, double storyEmbed,
                        double storyStore, double storyTotal) {
    }

    public boolean allAnalysed() {
        return failures.isEmpty();
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "%d articles analysed, %d kept from earlier runs, %d not analysed%s%n", analysed, kept,
                failures.size(), failures.isEmpty() ? "" : " (errors.csv)");
        out.printf(Locale.ROOT, "%d stories (largest %d documents) from %d documents: %d keys, %d pairs judged,"
                        + " %d held%n", grouping.stories(), grouping.largest(), grouping.documents(), grouping.keys(),
                grouping.pairs(), grouping.edges());
        out.printf(Locale.ROOT, "%.1f s: articles %.1f s, grouping %.1f s, stories %.1f s, output %.1f s%n", seconds,
                times.articlesWall(), times.groupingWall(), times.storiesWall(), times.outputWall());
        out.printf(Locale.ROOT, "task seconds: load %.1f, NLP %.1f (%d tokens); stories %.1f: claims %.1f, align %.1f"
                        + " (embedding %.1f), project file %.1f%n", times.load(), times.nlp(), tokens,
                times.storyTotal(), times.storyClaims(), times.storyAlign(), times.storyEmbed(), times.storyStore());
        out.printf(Locale.ROOT, "shuffle written: %.1f MB, of which the stories' group-by %.1f MB%n",
                shuffle.bytes() / 1e6, shuffle.storyBytes() / 1e6);
        for (Failure f : failures) {
            out.println(f.file() + ": " + f.reason());
        }
    }
}
