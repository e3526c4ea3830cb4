package org.crosscheck.load;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.crosscheck.normalize.NumberNormalizer;

/**
 * Run in a JVM with a small heap by {@link LargeInputsTest}: writes each oversized input into the
 * folder given, loads it, and prints one line per case: its name, the milliseconds it took and the
 * outcome. A case that ran out of memory ends the process with an error.
 */
public final class LoadLargeInputs {
    private static final String SENTENCE = "The council said 1,200 homes were flooded on Monday, and 30 roads closed. ";

    private LoadLargeInputs() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        ArticleLoader loader = new ArticleLoader();
        Path page50 = dir.resolve("page-50mb.html");
        try (RandomAccessFile f = new RandomAccessFile(page50.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        report("a 50 MB page", () -> load(loader, page50));
        report("a page just under the limit", () -> load(loader, write(dir.resolve("page-limit.html"),
                "<html><body><article><h1>Floods</h1>"
                        + ("<p>" + SENTENCE.repeat(4) + "</p>\n").repeat((int) (ArticleLoader.DEFAULT_MAX_BYTES / 310) - 10)
                        + "</article></body></html>")));
        report("a 1 MB line", () -> load(loader, write(dir.resolve("line.txt"),
                "Floods\n\n" + SENTENCE.repeat(1024 * 1024 / SENTENCE.length()) + "\n")));
        report("100,000 nested tags", () -> load(loader, write(dir.resolve("nested.html"),
                "<html><body>" + "<div class=\"related\">".repeat(100_000) + "<p>" + SENTENCE + "</p>"
                        + "</div>".repeat(100_000) + "</body></html>")));
        report("100,000 unclosed tags", () -> load(loader, write(dir.resolve("unclosed.html"),
                "<html><body>" + "<article><p><b>".repeat(33_334) + SENTENCE + "</body></html>")));
        StringBuilder numbers = new StringBuilder("Figures\n\n");
        for (int i = 0; i < 10_000; i++) {
            numbers.append(i * 1000 + 7).append(i % 10 == 9 ? ".\n" : ", ");
        }
        report("10,000 numbers in a row", () -> load(loader, write(dir.resolve("numbers.txt"), numbers.toString())));
        String phrase = numbers.substring(9).replace("\n", " ");
        report("a phrase of 10,000 numbers", () -> String.valueOf(new NumberNormalizer().normalize(phrase)
                .map(q -> q.normalized()).orElse("no number")));
        System.out.println("done");
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String load(ArticleLoader loader, Path file) {
        try {
            Article a = loader.load(file, null);
            return "loaded, " + a.analysisText().length() + " characters, " + a.passages().size() + " passages";
        } catch (LoadException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static void report(String name, Supplier<String> work) {
        long start = System.nanoTime();
        String outcome = work.get();
        System.out.printf(Locale.ROOT, "%s\t%d\t%s%n", name, (System.nanoTime() - start) / 1_000_000, outcome);
        System.out.flush();
    }
}
