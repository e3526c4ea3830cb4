package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Dam breaks after storm | The Valley Times</title>
            <script>var tracking = "Tracking sentence that is not news.";</script>
            <style>p { color: red; }</style></head>
            <body>
            <header class="site-header"><a href="/">The Valley Times</a><nav><a>Home</a> <a>World</a></nav></header>
            <div class="ad-slot">Buy cheap flights now. Best prices guaranteed.</div>
            <article>
              <h1>Dam breaks after storm</h1>
              <figure><img src="x.jpg"><figcaption>Residents look at the flooded road. (AP)</figcaption></figure>
              <p>A dam burst on Sunday after three days of rain, flooding 40 homes, officials said.</p>
              <p>The mayor said &ldquo;everyone is safe&rdquo; &amp; that repairs would take weeks.</p>
              <div class="share-buttons">Share this story on Facebook and Twitter.</div>
              <aside><h3>Related</h3><p>Storm season starts early this year, experts say.</p></aside>
            </article>
            <div id="comments"><p>Great article, thanks for posting it here.</p></div>
            <footer>Copyright 2021 The Valley Times. All rights reserved.</footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader();

    private Article load(String name, String html) throws Exception {
        return loader.load(Files.writeString(dir.resolve(name), html), null);
    }

    @Test
    void keepsArticleParagraphsSeparatedByBlankLines() throws Exception {
        Article article = load("dam.html", PAGE);
        assertThat(article.analysisText())
                .contains("A dam burst on Sunday after three days of rain, flooding 40 homes, officials said.\n\n"
                        + "The mayor said");
    }

    @Test
    void dropsNavigationAdsScriptsFootersAndComments() throws Exception {
        String text = load("dam.html", PAGE).analysisText();
        assertThat(text).doesNotContain("Home").doesNotContain("cheap flights").doesNotContain("Tracking")
                .doesNotContain("color").doesNotContain("Share this").doesNotContain("Great article")
                .doesNotContain("All rights reserved").doesNotContain("Storm season");
    }

    @Test
    void dropsFigureCaptions() throws Exception {
        assertThat(load("dam.html", PAGE).analysisText()).doesNotContain("flooded road");
    }

    @Test
    void decodesEntitiesInArticleText() throws Exception {
        assertThat(load("dam.html", PAGE).analysisText()).contains("“everyone is safe” & that repairs");
    }

    @Test
    void takesTitleFromFirstH1() throws Exception {
        assertThat(load("dam.html", PAGE).title()).isEqualTo("Dam breaks after storm");
    }

    @Test
    void takesTitleFromTitleElementWithoutH1() throws Exception {
        String html = "<html><head><title>Quiet day at the port</title></head><body>"
                + "<p>Ships came and went as usual on Monday, the harbour master said.</p></body></html>";
        assertThat(load("port.htm", html).title()).isEqualTo("Quiet day at the port");
    }

    @Test
    void mapsAnalysisOffsetsBackToHtmlSource() throws Exception {
        Article article = load("dam.html", PAGE);
        String sentence = "A dam burst on Sunday";
        int start = article.analysisText().indexOf(sentence);
        int end = start + sentence.length();
        int originalStart = article.offsets().toOriginal(start);
        int originalEnd = article.offsets().toOriginalEnd(end);
        assertThat(article.originalText().substring(originalStart, originalEnd)).isEqualTo(sentence);
    }

    @Test
    void mapsEntityCharactersToTheirEntityInSource() throws Exception {
        Article article = load("dam.html", PAGE);
        String phrase = "safe” & that";
        int start = article.analysisText().indexOf(phrase);
        int originalStart = article.offsets().toOriginal(start);
        int originalEnd = article.offsets().toOriginalEnd(start + phrase.length());
        assertThat(article.originalText().substring(originalStart, originalEnd)).isEqualTo("safe&rdquo; &amp; that");
    }

    @Test
    void loadsWhatATruncatedPageHas() throws Exception {
        String truncated = "<html><head><title>Fire at mill</title></head><body><article><h1>Fire at mill</h1>"
                + "<p>Firefighters fought a blaze at the old mill for six hours on Friday, the fire service said.</p>"
                + "<p>Two workers were treated for smoke inhal";
        Article article = load("cut.html", truncated);
        assertThat(article.analysisText()).contains("Firefighters fought a blaze at the old mill for six hours");
        assertThat(article.passages()).anyMatch(p -> p.kind() == PassageKind.BODY);
    }

    @Test
    void sniffsHtmlInTxtFile() throws Exception {
        Article article = load("saved-page.txt", PAGE);
        assertThat(article.offsets().isIdentity()).isFalse();
        assertThat(article.analysisText()).doesNotContain("<p>").contains("A dam burst on Sunday");
    }

    @Test
    void keepsStoryInsideWrapperWithNoisyClassName() throws Exception {
        String html = "<html><body><div class=\"page has-sidebar\"><h1>Storm closes schools</h1>"
                + "<p>All 42 schools in the district were closed on Monday because of the storm, officials said.</p>"
                + "<p>Classes are expected to resume on Wednesday if the roads are cleared.</p>"
                + "<div class=\"sidebar\"><p>Weather alerts</p></div></div></body></html>";
        String text = load("schools.html", html).analysisText();
        assertThat(text).contains("All 42 schools").contains("Classes are expected").doesNotContain("Weather alerts");
    }

    @Test
    void classifiesHtmlPassagesInAnalysisText() throws Exception {
        Article article = load("dam.html", PAGE);
        Passage title = article.passages().get(0);
        assertThat(title.kind()).isEqualTo(PassageKind.TITLE);
        assertThat(article.analysisText().substring(title.start(), title.end())).isEqualTo("Dam breaks after storm");
    }
}
