package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.eval.GoldReader;
import org.crosscheck.eval.StoryExport;
import org.crosscheck.eval.StoryScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval-corpus} end to end: one real story analysed and scored, and the runs it refuses. */
class EvalCorpusCommandTest {

    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final String PARIS = "france-paris-jewellery-heist-2013";

    @TempDir
    static Path work;
    private static int parisExit;
    private static String parisOutput;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** The command as {@code Main.run} builds it, printing into this test's writers. */
    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new PlainErrorHandler());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** One analysis of the smallest story serves the tests that read its output. */
    @BeforeAll
    static void scoreParis() {
        if (Files.isDirectory(CORPUS.resolve(PARIS))) {
            StringWriter out = new StringWriter();
            parisExit = run(out, new StringWriter(), "eval-corpus", CORPUS.toString(), "--only", PARIS,
                    "--out", work.resolve("paris").toString());
            parisOutput = out.toString();
        }
    }

    @Test
    void printsTheStoryRowTheTotalAndTheTargets() {
        assumeTrue(parisOutput != null, "shared corpus not present");

        assertThat(parisExit).isZero();
        // The denominators come from gold.json (6 core, 6 stretch, 107 pairs); the numerators may improve.
        assertThat(parisOutput)
                .containsPattern(PARIS + " +\\d+/6 +\\d+/6 +\\d+/12 +\\d+/107 \\(\\d+\\.\\d%\\)")
                .containsPattern("\ntotal +\\d+/6 ")
                .contains("\nMisses\n")
                .containsPattern("\nTargets: every core fact right: \\d+/6 .*\\. Met \\d of 4\\.\n");
    }

    @Test
    void scoresTheExportItKeeps() {
        assumeTrue(parisOutput != null, "shared corpus not present");
        Path export = work.resolve("paris").resolve(PARIS);

        String summary = StoryScorer.score(PARIS, GoldReader.read(CORPUS.resolve(PARIS).resolve("gold.json")),
                StoryExport.read(export)).summaryLine();

        assertThat(export.resolve("crosscheck.db")).isRegularFile();
        assertThat(parisOutput).contains(PARIS + "  (score.py: " + summary + ")");
    }

    @Test
    void aStoryThatIsNotThereIsAUsageError() throws IOException {
        Path root = Files.createDirectories(work.resolve("one-story/quake"));
        Files.writeString(root.resolve("gold.json"), "{\"facts\": []}");

        int exit = run(out, err, "eval-corpus", root.getParent().toString(), "--exclude", "flood");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no story 'flood' with a gold.json in " + root.getParent());
    }

    @Test
    void anUnreadableGoldFileIsNamedBeforeAnythingIsAnalysed() throws IOException {
        Path story = Files.createDirectories(work.resolve("broken/quake"));
        Files.writeString(story.resolve("01_a.txt"), "A quake killed 3 people on Monday.");
        Files.writeString(story.resolve("gold.json"), "{\"facts\": [");

        int exit = run(out, err, "eval-corpus", story.getParent().toString(), "--out", work.resolve("broken-out").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("crosscheck: " + story.resolve("gold.json") + ": not a JSON object");
        assertThat(work.resolve("broken-out")).doesNotExist();
    }
}
