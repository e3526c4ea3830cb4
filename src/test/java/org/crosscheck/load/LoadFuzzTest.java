package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.Fuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers of outside text fuzzed with real news files mutated ({@link Fuzz}): nothing but a
 * {@link LoadException} naming the file, every offset inside its text, each input within a second.
 */
class LoadFuzzTest {
    private static final Duration BOUND = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void decodesAnyBytesOrRefusesThemByName() {
        Path file = Path.of("fuzz.txt");
        Fuzz.run("load.TextDecoder", Fuzz.tries(3000), Fuzz::mutate, b -> b, BOUND, bytes -> {
            try {
                TextDecoder.Decoded decoded = TextDecoder.decode(file, bytes);
                assertThat(decoded.text()).doesNotContain("\u0000");
            } catch (LoadException e) {
                assertThat(e.getMessage()).startsWith("fuzz.txt: ");
            }
        });
    }

    @Test
    void extractsHtmlWithEveryOffsetInsideThePage() {
        Fuzz.run("load.HtmlExtractor", Fuzz.tries(3000), r -> text(Fuzz.mutate(r)),
                s -> s.getBytes(StandardCharsets.UTF_8), BOUND, html -> {
                    HtmlExtractor.Extracted page = HtmlExtractor.extract(html);
                    assertThat(page.toOriginal()).hasSize(page.text().length());
                    for (int offset : page.toOriginal()) {
                        assertThat(offset).isBetween(0, Math.max(0, html.length() - 1));
                    }
                });
    }

    @Test
    void classifiesPassagesInsideTheTextInOrder() {
        PassageClassifier classifier = new PassageClassifier();
        Fuzz.run("load.PassageClassifier", Fuzz.tries(3000), r -> text(Fuzz.mutate(r)),
                s -> s.getBytes(StandardCharsets.UTF_8), BOUND, text -> {
                    List<Passage> passages = classifier.classify(text);
                    assertPassagesInside(passages, text.length());
                    assertThat(PassageClassifier.blankNonContent(text, passages)).hasSize(text.length());
                });
    }

    @Test
    void readsDateLinesAndPublicationDatesWithoutFailing() {
        PassageClassifier classifier = new PassageClassifier();
        Fuzz.run("load.DateLine", Fuzz.tries(5000), Fuzz::phrase, s -> s.getBytes(StandardCharsets.UTF_8), BOUND,
                line -> {
                    DateLine.isDateLine(line);
                    DateLine.parse(line).ifPresent(d -> assertThat(d.getYear()).isBetween(0, 9999));
                    PublicationDateFinder.PublicationDate found =
                            PublicationDateFinder.find(null, line, classifier.classify(line));
                    assertThat(found.from()).isNotNull();
                });
    }

    @Test
    void readsAnyManifestOrRefusesItNamingTheManifest() {
        Path manifest = dir.resolve("manifest.csv");
        Fuzz.run("load.Manifest", Fuzz.tries(2000), r -> manifestLike(r), b -> b, BOUND, bytes -> {
            Files.write(manifest, bytes);
            try {
                Manifest read = Manifest.read(manifest);
                assertThat(read.rows()).allSatisfy(row -> assertThat(row.line()).isPositive());
                ManifestRows.unmatched(read, dir, java.util.Set.of());
            } catch (LoadException e) {
                assertThat(e.getMessage()).startsWith("manifest.csv: ");
            }
        });
    }

    @Test
    void loadsAnyFileOrRefusesItByNameWithOffsetsInsideTheFile() {
        ArticleLoader loader = new ArticleLoader();
        Fuzz.run("load.ArticleLoader", Fuzz.tries(1500), Fuzz::mutate, b -> b, BOUND, bytes -> {
            Path file = Files.write(dir.resolve(bytes.length % 3 == 0 ? "page.html" : "article.txt"), bytes);
            try {
                Article a = loader.load(file, null);
                assertPassagesInside(a.passages(), a.analysisText().length());
                for (Passage p : a.passages()) {
                    assertThat(a.offsets().toOriginal(p.start())).isBetween(0, a.originalText().length());
                    assertThat(a.offsets().toOriginalEnd(p.end())).isBetween(0, a.originalText().length());
                }
                assertThat(a.title()).isNotNull();
            } catch (LoadException e) {
                assertThat(e.getMessage()).startsWith(file.getFileName() + ": ");
            } finally {
                Files.delete(file);
            }
        });
    }

    /** A manifest header and rows of corpus and token text, mutated. */
    private static byte[] manifestLike(java.util.Random r) {
        StringBuilder csv = new StringBuilder(r.nextBoolean() ? "file,outlet,published,url\n" : "\uFEFFFile,Published\n");
        for (int i = 0; i < 1 + r.nextInt(6); i++) {
            csv.append(Fuzz.phrase(r)).append(',').append(Fuzz.phrase(r)).append(',')
                    .append(r.nextBoolean() ? "2013-07-02" : Fuzz.phrase(r)).append(",http://x/").append(i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void assertPassagesInside(List<Passage> passages, int length) {
        int previousEnd = 0;
        for (Passage p : passages) {
            assertThat(p.start()).isBetween(previousEnd, length);
            assertThat(p.end()).isBetween(p.start() + 1, length);
            previousEnd = p.end();
        }
    }
}
