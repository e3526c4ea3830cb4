package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The noise filter on real web copies (samples/) and clean news texts (../shared/corpus/). */
class SampleArticlesTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    private final ArticleLoader loader = new ArticleLoader();

    private Article sample(String name) throws LoadException {
        return loader.load(SAMPLES.resolve(name), null);
    }

    /** The kind of the passage whose text starts with {@code lineStart}. */
    private static PassageKind kindOf(Article article, String lineStart) {
        return article.passages().stream()
                .filter(p -> article.originalText().substring(p.start(), p.end()).startsWith(lineStart))
                .map(Passage::kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError(article.name() + " has no passage starting " + lineStart));
    }

    @Test
    void mastheadIsNotBody() throws Exception {
        Article article = sample("000_1a1ccef1600b2547.txt");
        assertThat(kindOf(article, "The Washington Post")).isEqualTo(PassageKind.META);
        assertThat(article.title()).startsWith("U.S. tells Iraq");
    }

    @Test
    void photoCaptionsAreNotBody() throws Exception {
        assertThat(kindOf(sample("000_1a1ccef1600b2547.txt"), "The U.S. Embassy, across the Tigris"))
                .isEqualTo(PassageKind.CAPTION);
        Article copy = sample("001_2ba6aa2364cfd342.txt");
        assertThat(kindOf(copy, "The U.S. Embassy is seen")).isEqualTo(PassageKind.CAPTION);
        assertThat(kindOf(copy, "Secretary of State Mike Pompeo speaks")).isEqualTo(PassageKind.CAPTION);
        assertThat(kindOf(copy, "Patrick Semansky")).isNotEqualTo(PassageKind.BODY);
    }

    @Test
    void otherStoryHeadlinesAreNotBody() throws Exception {
        Article article = sample("000_1a1ccef1600b2547.txt");
        assertThat(kindOf(article, "Militia supporters chanting")).isEqualTo(PassageKind.OTHER_STORY);
        assertThat(kindOf(article, "3 mortar shells crash")).isEqualTo(PassageKind.OTHER_STORY);
        assertThat(kindOf(article, "Killing of Iraqi government confidant")).isEqualTo(PassageKind.OTHER_STORY);
    }

    @Test
    void commentFormAndTeasersAfterYouMayAlsoLikeAreNotBody() throws Exception {
        Article article = sample("002_b8fcfa02192d3b24.txt");
        assertThat(kindOf(article, "Leave a Reply")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(article, "Your email address")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(article, "You May Also Like")).isEqualTo(PassageKind.OTHER_STORY);
        assertThat(kindOf(article, "The number of people battling")).isEqualTo(PassageKind.OTHER_STORY);
        assertThat(article.analysisText()).doesNotContain("Fukushima").doesNotContain("Rugby");
    }

    @Test
    void persianJunkLineIsForeign() throws Exception {
        Article article = sample("004_0de8a2fd00d44d0a.txt");
        assertThat(article.passages().get(0).kind()).isEqualTo(PassageKind.FOREIGN);
        assertThat(article.title()).startsWith("Pompeo warns");
    }

    @Test
    void sourceLinkAndTipLinesAreBoilerplate() throws Exception {
        assertThat(kindOf(sample("004_0de8a2fd00d44d0a.txt"), "Source link")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(sample("003_e17a6d2f227cc06c.txt"), "Have a tip or story?"))
                .isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void realSentencesOfWebCopiesStayBody() throws Exception {
        Article article = sample("000_1a1ccef1600b2547.txt");
        assertThat(kindOf(article, "BEIRUT — The United States")).isEqualTo(PassageKind.BODY);
        assertThat(kindOf(article, "Gen. Frank McKenzie Jr.")).isEqualTo(PassageKind.BODY);
        assertThat(kindOf(article, "“I don’t think")).isEqualTo(PassageKind.BODY);
        Article other = sample("002_b8fcfa02192d3b24.txt");
        assertThat(kindOf(other, "Since then the U.S. has reduced its numbers")).isEqualTo(PassageKind.BODY);
        assertThat(kindOf(other, "WASHINGTON — Secretary of State")).isEqualTo(PassageKind.BODY);
    }

    @Test
    void everySampleKeepsMostOfItsTextAsBody() throws Exception {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Article article = loader.load(file, null);
                long body = article.passages().stream().filter(Passage::isContent).count();
                assertThat(body).as(file.toString()).isGreaterThanOrEqualTo(article.passages().size() / 2);
            }
        }
    }

    @Test
    void readsSampleDateFromManifestAndTextWithoutIt() throws Exception {
        Manifest manifest = Manifest.read(SAMPLES.resolve("manifest.csv"));
        String name = "001_2ba6aa2364cfd342.txt";
        Article withManifest = loader.load(SAMPLES.resolve(name), manifest.entryFor(name).orElseThrow());
        assertThat(withManifest.publishedFrom()).isEqualTo(PublishedFrom.MANIFEST);
        Article without = sample(name);
        assertThat(without.published()).isEqualTo(LocalDate.of(2020, 10, 24));
        assertThat(without.publishedFrom()).isEqualTo(PublishedFrom.TEXT);
    }

    @Test
    void everyCorpusSentenceExceptTitleAndDateIsBody() throws Exception {
        Path file = CORPUS.resolve("iran-qeshm-earthquake-2005").resolve("01_bbc-news.txt");
        assumeTrue(Files.isRegularFile(file), "shared corpus not present");
        Article article = loader.load(file, null);
        List<Passage> passages = article.passages();
        assertThat(passages.get(0).kind()).isEqualTo(PassageKind.TITLE);
        assertThat(passages.get(1).kind()).isEqualTo(PassageKind.META);
        for (Passage p : passages.subList(2, passages.size())) {
            String text = article.originalText().substring(p.start(), p.end());
            if (text.split("\\s+").length > 3) { // crossheads like 'We panicked' are not sentences
                assertThat(p.kind()).as(text).isEqualTo(PassageKind.BODY);
            }
        }
    }

    @Test
    void corpusArticlesKeepAllLongParagraphsAsBody() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "shared corpus not present");
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Article article = loader.load(file, null);
                assertThat(article.passages().get(0).kind()).as(file + " title").isEqualTo(PassageKind.TITLE);
                for (Passage p : article.passages().subList(1, article.passages().size())) {
                    String text = article.originalText().substring(p.start(), p.end());
                    // headline-style standfirst lines ("John Jenkin, 23, released from ...") are second headlines
                    if (text.split("\\s+").length >= 8 && !DateLine.isDateLine(text) && LineCues.isSentence(text)) {
                        assertThat(p.kind()).as(file + ": " + text).isEqualTo(PassageKind.BODY);
                    }
                }
            }
        }
    }

    @Test
    void findsCorpusPublicationDatesInText() throws Exception {
        Path folder = CORPUS.resolve("iran-qeshm-earthquake-2005");
        assumeTrue(Files.isDirectory(folder), "shared corpus not present");
        Manifest manifest = Manifest.read(folder.resolve("manifest.csv"));
        for (Path file : InputCollector.articleFiles(List.of(folder))) {
            Article article = loader.load(file, null);
            LocalDate expected = manifest.entryFor(file.getFileName().toString()).orElseThrow().published();
            assertThat(article.published()).as(file.toString()).isEqualTo(expected);
            assertThat(article.publishedFrom()).isEqualTo(PublishedFrom.TEXT);
        }
    }
}
