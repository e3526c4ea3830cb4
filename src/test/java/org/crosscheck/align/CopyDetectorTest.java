package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.crosscheck.load.Article;
import org.crosscheck.load.OffsetMap;
import org.crosscheck.load.Passage;
import org.crosscheck.load.PassageKind;
import org.crosscheck.load.PublishedFrom;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final Path CORPUS = Path.of("../shared/corpus");

    /** An article whose whole text is body, as the loader gives plain text without noise. */
    static Article article(Path file, LocalDate published) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return new Article(file.getFileName().toString(), text, text, OffsetMap.identity(), file.toString(), "",
                "", published, published == null ? PublishedFrom.NONE : PublishedFrom.MANIFEST,
                List.of(new Passage(0, text.length(), PassageKind.BODY)));
    }

    private static List<Article> samples() throws IOException {
        return List.of(
                article(SAMPLES.resolve("000_1a1ccef1600b2547.txt"), LocalDate.of(2020, 9, 27)),
                article(SAMPLES.resolve("001_2ba6aa2364cfd342.txt"), LocalDate.of(2020, 10, 24)),
                article(SAMPLES.resolve("002_b8fcfa02192d3b24.txt"), LocalDate.of(2020, 9, 29)),
                article(SAMPLES.resolve("003_e17a6d2f227cc06c.txt"), LocalDate.of(2020, 9, 30)),
                article(SAMPLES.resolve("004_0de8a2fd00d44d0a.txt"), null));
    }

    @Test
    void findsTrimmedCopyOfTheEarlierArticle() throws IOException {
        Map<String, String> copies = new CopyDetector().detect(samples());

        assertThat(copies).containsEntry("001_2ba6aa2364cfd342.txt", "000_1a1ccef1600b2547.txt");
    }

    @Test
    void findsMachineTranslatedRewrite() throws IOException {
        Map<String, String> copies = new CopyDetector().detect(samples());

        assertThat(copies).containsEntry("004_0de8a2fd00d44d0a.txt", "000_1a1ccef1600b2547.txt");
    }

    @Test
    void leavesIndependentReportsOfTheSameStoryAlone() throws IOException {
        Map<String, String> copies = new CopyDetector().detect(samples());

        assertThat(copies).doesNotContainKeys("002_b8fcfa02192d3b24.txt", "003_e17a6d2f227cc06c.txt");
    }

    @Test
    void comparingOnlyAddedDocumentsFindsWhatAFullDetectionFinds() throws IOException {
        List<Article> all = samples();
        List<Article> before = List.of(all.get(0), all.get(2), all.get(3));
        CopyDetector detector = new CopyDetector();
        Map<String, String> previous = detector.detect(before);

        Map<String, String> updated = detector.detect(all, names(before), previous);

        assertThat(updated).isEqualTo(detector.detect(all)).containsKey("001_2ba6aa2364cfd342.txt");
    }

    @Test
    void aGroupThatLostItsOriginalIsComparedAgainInFull() throws IOException {
        List<Article> all = samples();
        CopyDetector detector = new CopyDetector();
        Map<String, String> previous = detector.detect(all);
        List<Article> withoutOriginal = all.subList(1, all.size());

        Map<String, String> updated = detector.detect(withoutOriginal, names(withoutOriginal), previous);

        assertThat(previous).containsValue("000_1a1ccef1600b2547.txt");
        assertThat(updated).isEqualTo(detector.detect(withoutOriginal)).doesNotContainValue("000_1a1ccef1600b2547.txt");
    }

    private static java.util.Set<String> names(List<Article> articles) {
        return articles.stream().map(Article::name).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void findsNoCopiesBeyondTheLabelledOnesInTheCorpus() throws IOException {
        for (Path cluster : clusters()) {
            List<Article> articles = new ArrayList<>();
            try (Stream<Path> files = Files.list(cluster)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    articles.add(article(f, null));
                }
            }
            Map<String, String> labelled = labelledCopies(cluster);

            // without publication dates either of a copy and its original may be taken as the original
            new CopyDetector().detect(articles).forEach((copy, original) -> assertThat(
                    prefix(original).equals(labelled.get(prefix(copy))) || prefix(copy).equals(labelled.get(prefix(original))))
                    .as(cluster + ": " + copy + " copies " + original + ", labelled " + labelled).isTrue());
        }
    }

    /** The copies a story's gold.json labels, by the number that starts the file names: copy -> original. */
    private static Map<String, String> labelledCopies(Path cluster) throws IOException {
        Path gold = cluster.resolve("gold.json");
        Map<String, String> copies = new java.util.HashMap<>();
        if (Files.isRegularFile(gold)) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("\"copy\"\\s*:\\s*\"(\\d+)\"\\s*,\\s*\"of\"\\s*:\\s*\"(\\d+)\"")
                    .matcher(Files.readString(gold));
            while (m.find()) {
                copies.put(m.group(1), m.group(2));
            }
        }
        return copies;
    }

    private static String prefix(String fileName) {
        return fileName.replaceFirst("^(\\d+).*", "$1");
    }

    @Test
    void takesTheLongerTextAsOriginalWhenDatesAreUnknown() throws IOException {
        Path full = SAMPLES.resolve("000_1a1ccef1600b2547.txt");
        Path trimmed = SAMPLES.resolve("001_2ba6aa2364cfd342.txt");

        Map<String, String> copies = new CopyDetector().detect(List.of(article(trimmed, null), article(full, null)));

        assertThat(copies).containsExactly(Map.entry(trimmed.getFileName().toString(), full.getFileName().toString()));
    }

    private static List<Path> clusters() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }
}
