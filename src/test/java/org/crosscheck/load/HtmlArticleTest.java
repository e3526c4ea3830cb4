package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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
    void readsPublicationDateAndSiteFromPageMetadata() throws Exception {
        String html = "<html><head><meta property=\"og:site_name\" content=\"Valley Times\">"
                + "<meta property=\"article:published_time\" content=\"2021-03-04T08:15:00+01:00\"></head>"
                + "<body><h1>Dam breaks after storm</h1><p>A dam burst on Sunday, flooding 40 homes, officials said.</p>"
                + "</body></html>";
        Article article = load("meta.html", html);
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(article.publishedFrom()).isEqualTo(PublishedFrom.TEXT);
        assertThat(article.outlet()).isEqualTo("Valley Times");
    }

    @Test
    void readsPublicationDateFromJsonLd() throws Exception {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\": \"2022-11-05T10:00:00Z\"}</script></head>"
                + "<body><h1>Dam breaks after storm</h1><p>A dam burst on Sunday, flooding 40 homes, officials said.</p>"
                + "</body></html>";
        assertThat(load("ld.html", html).published()).isEqualTo(LocalDate.of(2022, 11, 5));
    }

    @Test
    void extractsBlogPostWithoutItsFurniture() throws Exception {
        String html = new String(getClass().getResourceAsStream("blog-post.html").readAllBytes(),
                StandardCharsets.UTF_8);
        Article article = load("blog-post.html", html);
        assertThat(article.title()).isEqualTo("Floods kill 12 in northern province");
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 7, 2));
        List<String> body = article.passages().stream().filter(Passage::isContent)
                .map(p -> article.analysisText().substring(p.start(), p.end())).toList();
        assertThat(body).containsExactly(
                "At least 12 people were killed and 3,000 displaced after heavy rain flooded villages in the northern"
                        + " province, officials said on Sunday.",
                "The disaster agency said water levels had risen by two metres in some areas overnight.",
                "“We lost everything,” said one resident, 54-year-old Ana Cruz.");
    }

    @Test
    void classifiesHtmlPassagesInAnalysisText() throws Exception {
        Article article = load("dam.html", PAGE);
        Passage title = article.passages().get(0);
        assertThat(title.kind()).isEqualTo(PassageKind.TITLE);
        assertThat(article.analysisText().substring(title.start(), title.end())).isEqualTo("Dam breaks after storm");
    }
}
