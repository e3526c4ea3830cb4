package org.crosscheck;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A small fuzzing harness for property tests: inputs generated or mutated from real news text
 * (the development corpus, the BBC bench corpus and the samples, each skipped when absent), a
 * target run on each, every input within a time bound, and the figures (inputs tried, slowest
 * input) appended to {@code target/fuzz-figures.tsv}. A failing input is saved under
 * {@code target/fuzz-failures/} so it can be replayed and kept as a regression test.
 *
 * <p>How many inputs each target gets: {@code -Dcrosscheck.fuzz.tries=N} (CI runs the default
 * of each test, a few thousand at most); the seed: {@code -Dcrosscheck.fuzz.seed=S} (default
 * fixed, so CI runs are repeatable; a campaign on demand passes a new one).
 */
public final class Fuzz {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Path BBC = Path.of("..", "shared", "corpus-bench", "bbc");
    private static final Path SAMPLES = Path.of("samples");
    private static List<byte[]> seeds;

    /** Pieces that break parsers: markup, entities, encodings, numbers and dates at their edges. */
    private static final String[] TOKENS = {"<div>", "</div>", "<p>", "</p>", "<article>", "<html>", "<body>",
        "<h1>", "</h1>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "<br/>", "<meta property="
            + "\"article:published_time\" content=\"2099-13-45\">", "<meta property=\"og:site_name\" content=\"\">",
        "<time itemprop=\"datePublished\" datetime=\"", "&amp;", "&#x1F600;", "&#99999999;", "&#;", "&", ";",
        "&nbsp;", "<", ">", "\"", "'", "\uFEFF", "\r\n", "\r", "\n\n", "\u2028", "\t", "\u0000", "\u00a0",
        "\ud83d\udcf0", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\u00c3\u00a9", "\u00e2\u20ac\u2122",
        "1,000,000", "3.5bn", "\u00a32m", "$", "%", "\u00bd", "1e999", "99999999999999999999", "-", "+44",
        "0.", ".5", "1/2", "10-15", "a dozen", "hundreds of", "more than", "at least", "about", "nearly",
        "February 30, 2020", "31/02/99", "13/13/2013", "0000-00-00", "9999-12-31", "2013-07-02", "Monday",
        "last week", "next month", "in 1999", "on Sept. 31st", "Posted ", "Updated: ", "By John Smith", "GMT",
        "4.30am", "1353 (1023 GMT)", "noon", "midnight", "24:60", "file,outlet,published,url\n", ",", "\"\"",
        "Related", "You May Also Like", "(AP)", "Source: Reuters"};

    private Fuzz() {
    }

    /** Inputs per target: the system property when set, else the test's default. */
    public static int tries(int defaultTries) {
        return Integer.getInteger("crosscheck.fuzz.tries", defaultTries);
    }

    public static long seed() {
        return Long.getLong("crosscheck.fuzz.seed", 18L);
    }

    /** Real news files to start from: the corpora's articles and the samples (those present). */
    public static synchronized List<byte[]> seeds() {
        if (seeds == null) {
            List<byte[]> found = new ArrayList<>();
            readAll(CORPUS, 2, p -> p.getFileName().toString().matches("\\d\\d_.*\\.txt"), 100, found);
            readAll(BBC, 2, p -> p.getFileName().toString().endsWith(".txt"), 60, found);
            readAll(SAMPLES, 1, p -> p.getFileName().toString().endsWith(".txt"), 10, found);
            found.add(("<!doctype html><html><head><title>Quake</title><meta property=\"og:site_name\" content=\"News\">"
                    + "</head><body><nav class=\"menu\">Home</nav><article><h1>Quake kills 20</h1><p>An earthquake"
                    + " of magnitude 6.1 struck on Monday, killing at least 20 people, officials said.</p>"
                    + "<figure><figcaption>Rescuers (AP)</figcaption></figure></article><aside class=\"related\">"
                    + "More</aside></body></html>").getBytes(StandardCharsets.UTF_8));
            seeds = List.copyOf(found);
        }
        return seeds;
    }

    private static void readAll(Path root, int depth, java.util.function.Predicate<Path> wanted, int limit,
                                List<byte[]> into) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root, depth)) {
            for (Path p : files.filter(Files::isRegularFile).filter(wanted).sorted().limit(limit).toList()) {
                into.add(Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mutated copy of a seed: one to eight edits of bytes, tokens, ranges and splices. */
    public static byte[] mutate(Random r) {
        List<byte[]> all = seeds();
        byte[] base = all.get(r.nextInt(all.size()));
        if (base.length > 4096 && r.nextBoolean()) {
            int from = r.nextInt(base.length - 2048);
            base = java.util.Arrays.copyOfRange(base, from, from + 256 + r.nextInt(1792));
        }
        ByteList b = new ByteList(base);
        int edits = 1 + r.nextInt(8);
        for (int e = 0; e < edits; e++) {
            int at = b.size() == 0 ? 0 : r.nextInt(b.size() + 1);
            switch (r.nextInt(8)) {
                case 0 -> b.flip(r, at);
                case 1 -> b.insert(at, randomBytes(r, 1 + r.nextInt(16)));
                case 2, 3 -> b.insert(at, TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 4 -> b.delete(at, r.nextInt(64));
                case 5 -> b.duplicate(r, at);
                case 6 -> b.insert(at, slice(r, all.get(r.nextInt(all.size()))));
                default -> b.insert(at, TOKENS[r.nextInt(TOKENS.length)].repeat(1 + r.nextInt(50))
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return b.toArray();
    }

    /** A short phrase of tokens and corpus words, for the normalisers. */
    public static String phrase(Random r) {
        StringBuilder s = new StringBuilder();
        int words = 1 + r.nextInt(7);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                s.append(r.nextInt(5) == 0 ? "" : " ");
            }
            switch (r.nextInt(4)) {
                case 0 -> s.append(TOKENS[r.nextInt(TOKENS.length)]);
                case 1 -> s.append(r.nextInt(r.nextBoolean() ? 100 : Integer.MAX_VALUE));
                case 2 -> s.append(new String(slice(r, seeds().get(r.nextInt(seeds().size()))),
                        StandardCharsets.UTF_8).strip());
                default -> s.append(WORDS[r.nextInt(WORDS.length)]);
            }
        }
        return s.toString();
    }

    private static final String[] WORDS = {"one", "two", "dozen", "dozens", "hundred", "thousand", "million",
        "billion", "trillion", "half", "quarter", "third", "per cent", "percent", "km", "miles", "feet", "metres",
        "people", "killed", "injured", "dollars", "euros", "pounds", "yen", "Richter", "magnitude", "January",
        "Sept.", "Dec", "1st", "2nd", "3rd", "21st", "week", "month", "year", "decade", "century", "yesterday",
        "tomorrow", "tonight", "ago", "earlier", "later", "spring", "summer", "Q3", "the 1990s", "'90s", "AD",
        "BC", "a.m.", "p.m.", "o'clock", "local time", "EST", "between", "and", "to", "or", "up to", "under",
        "over", "some", "several", "few", "no", "zero", "nil", "-", "–", "—", "\u00d7", "x"};

    private static byte[] randomBytes(Random r, int n) {
        byte[] bytes = new byte[n];
        r.nextBytes(bytes);
        return bytes;
    }

    private static byte[] slice(Random r, byte[] source) {
        if (source.length == 0) {
            return source;
        }
        int from = r.nextInt(source.length);
        return java.util.Arrays.copyOfRange(source, from, Math.min(source.length, from + 1 + r.nextInt(80)));
    }

    /** A check of one input; any exception it throws (or lets through) is a finding. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T input) throws Exception;
    }

    /**
     * Runs {@code check} on {@code tries} inputs made by {@code make}, each within {@code perInput};
     * records the figures; fails on the first input that throws, saving it.
     */
    public static <T> void run(String target, int tries, Function<Random, T> make, Function<T, byte[]> save,
                               Duration perInput, Check<T> check) {
        Random r = new Random(seed() ^ target.hashCode());
        long slowest = 0;
        long start = System.nanoTime();
        for (int i = 0; i < tries; i++) {
            T input = make.apply(r);
            long t0 = System.nanoTime();
            try {
                T in = input;
                assertTimeoutPreemptively(perInput.multipliedBy(20), () -> check.accept(in));
            } catch (Throwable e) {
                Path saved = saveFailure(target, i, save.apply(input));
                throw new AssertionError(target + " failed on input " + i + " (saved to " + saved + "): " + e, e);
            }
            long took = System.nanoTime() - t0;
            if (took > perInput.toNanos()) {
                Path saved = saveFailure(target, i, save.apply(input));
                throw new AssertionError(target + " took " + took / 1_000_000 + " ms on input " + i
                        + " (saved to " + saved + "); the bound is " + perInput.toMillis() + " ms");
            }
            slowest = Math.max(slowest, took);
        }
        record(target, tries, slowest, System.nanoTime() - start);
    }

    private static Path saveFailure(String target, int index, byte[] bytes) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            return Files.write(dir.resolve(target + "-" + seed() + "-" + index + ".bin"), bytes);
        } catch (IOException e) {
            return Path.of("(not saved: " + e.getMessage() + ")");
        }
    }

    private static synchronized void record(String target, int tries, long slowestNanos, long totalNanos) {
        try {
            Path figures = Path.of("target", "fuzz-figures.tsv");
            Files.createDirectories(figures.getParent());
            Files.writeString(figures, String.format(java.util.Locale.ROOT, "%s\t%d\tseed %d\tslowest %d ms\ttotal %d ms%n",
                    target, tries, seed(), slowestNanos / 1_000_000, totalNanos / 1_000_000),
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A growable byte array for the mutations. */
    private static final class ByteList {
        private byte[] a;
        private int n;

        ByteList(byte[] seed) {
            a = java.util.Arrays.copyOf(seed, Math.max(16, seed.length * 2));
            n = seed.length;
        }

        int size() {
            return n;
        }

        void insert(int at, byte[] bytes) {
            if (n + bytes.length > a.length) {
                a = java.util.Arrays.copyOf(a, (n + bytes.length) * 2);
            }
            System.arraycopy(a, at, a, at + bytes.length, n - at);
            System.arraycopy(bytes, 0, a, at, bytes.length);
            n += bytes.length;
        }

        void delete(int at, int count) {
            int c = Math.min(count, n - at);
            System.arraycopy(a, at + c, a, at, n - at - c);
            n -= c;
        }

        void flip(Random r, int at) {
            if (at < n) {
                a[at] ^= (byte) (1 << r.nextInt(8));
            }
        }

        void duplicate(Random r, int at) {
            if (at < n) {
                insert(at, java.util.Arrays.copyOfRange(a, at, Math.min(n, at + 1 + r.nextInt(200))));
            }
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
