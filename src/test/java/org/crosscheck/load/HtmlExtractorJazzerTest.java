package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the HTML extractor with Jazzer (decision 0015). A normal build replays
 * the empty input and any inputs kept under {@code src/test/resources/org/crosscheck/load/HtmlExtractorJazzerTestInputs/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=HtmlExtractorJazzerTest} fuzzes for the given duration.
 */
class HtmlExtractorJazzerTest {
    @FuzzTest(maxDuration = "2m")
    void extractsAnyPageWithEveryOffsetInsideIt(String html) {
        if (html == null) {
            return; // Jazzer also tries null; a file's text never is
        }
        HtmlExtractor.Extracted page = HtmlExtractor.extract(html);
        assertThat(page.toOriginal()).hasSize(page.text().length());
        for (int offset : page.toOriginal()) {
            assertThat(offset).isBetween(0, Math.max(0, html.length() - 1));
        }
    }
}
