package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PassageClassifierTest {
    private final PassageClassifier classifier = new PassageClassifier();

    /** The kind of the passage that starts with {@code lineStart}. */
    private PassageKind kindOf(String text, String lineStart) {
        List<Passage> passages = classifier.classify(text);
        return passages.stream()
                .filter(p -> text.substring(p.start(), p.end()).startsWith(lineStart))
                .map(Passage::kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no passage starts with " + lineStart));
    }

    private static String page(String... lines) {
        return String.join("\n\n", lines) + "\n";
    }

    private static final String BODY_1 = "Rescue teams pulled 12 survivors from the rubble on Tuesday, the regional governor said.";
    private static final String BODY_2 = "The quake struck at a depth of 10 kilometres, according to the geological survey.";
    private static final String BODY_3 = "Hospitals in the provincial capital treated more than 200 people for injuries.";

    @Test
    void takesFirstHeadingLineAsTitle() {
        String text = page("Strong quake shakes coastal province", BODY_1, BODY_2);
        assertThat(kindOf(text, "Strong quake")).isEqualTo(PassageKind.TITLE);
    }

    @Test
    void takesLongHeadlineEndingOnAQuotedPhraseAsTitle() {
        String text = page("Son suspected of killing mother and sister 'had begged to stay locked up in mental hospital'",
                BODY_1, BODY_2);
        assertThat(kindOf(text, "Son suspected")).isEqualTo(PassageKind.TITLE);
    }

    @Test
    void keepsParagraphEndingWithAClosedQuoteAsBody() {
        String text = page("Strong quake shakes coastal province", BODY_1,
                "\"We were panicked and ran out of the houses into the street,\" one woman in the village told reporters.",
                "The governor said the damage was serious and that the search would go on \"through the night.\"");
        assertThat(kindOf(text, "The governor said")).isEqualTo(PassageKind.BODY);
    }

    @Test
    void skipsMastheadBeforeTitle() {
        String text = page("The Daily HeraldNews You Can Trust", "Strong quake shakes coastal province", BODY_1);
        assertThat(kindOf(text, "The Daily Herald")).isEqualTo(PassageKind.META);
        assertThat(kindOf(text, "Strong quake")).isEqualTo(PassageKind.TITLE);
    }

    @Test
    void skipsDateLineAndSectionLabelBeforeTitle() {
        String text = page("March 3, 2021", "World News", "Breaking", "Strong quake shakes coastal province", BODY_1);
        assertThat(kindOf(text, "March 3")).isEqualTo(PassageKind.META);
        assertThat(kindOf(text, "World News")).isEqualTo(PassageKind.META);
        assertThat(kindOf(text, "Strong quake")).isEqualTo(PassageKind.TITLE);
    }

    @Test
    void treatsBreadcrumbAsMeta() {
        String text = page("Home / World / Asia / Strong quake shakes coastal province",
                "Strong quake shakes coastal province", BODY_1);
        assertThat(kindOf(text, "Home /")).isEqualTo(PassageKind.META);
        assertThat(kindOf(text, "Strong quake")).isEqualTo(PassageKind.TITLE);
    }

    @Test
    void treatsBylineAsMeta() {
        String text = page("Strong quake shakes coastal province", "By Ana Souza, Li Wei and Tom Hart", BODY_1);
        assertThat(kindOf(text, "By Ana")).isEqualTo(PassageKind.META);
    }

    @Test
    void keepsSentenceStartingWithByAsBody() {
        String text = page("Strong quake shakes coastal province", BODY_1,
                "By the time rescuers arrived, most residents had already fled to higher ground.");
        assertThat(kindOf(text, "By the time")).isEqualTo(PassageKind.BODY);
    }

    @Test
    void keepsDatelineParagraphAsBody() {
        String text = page("Strong quake shakes coastal province",
                "JAKARTA — A strong earthquake shook the coastal province on Tuesday, killing at least five people.");
        assertThat(kindOf(text, "JAKARTA")).isEqualTo(PassageKind.BODY);
    }

    @Test
    void blanksOtherStoryHeadlines() {
        String text = page("Strong quake shakes coastal province", BODY_1,
                "Central bank raises interest rates for third time this year", BODY_2, BODY_3);
        assertThat(kindOf(text, "Central bank")).isEqualTo(PassageKind.OTHER_STORY);
    }

    @Test
    void blanksTrailingHeadlinesAfterBody() {
        String text = page("Strong quake shakes coastal province", BODY_1, BODY_2,
                "Election officials promise a faster count in the capital",
                "Floods, which hit the north last week, leave thousands homeless");
        assertThat(kindOf(text, "Election officials")).isEqualTo(PassageKind.OTHER_STORY);
        assertThat(kindOf(text, "Floods, which")).isEqualTo(PassageKind.OTHER_STORY);
    }

    @Test
    void keepsUnpunctuatedLineThatContinuesTheText() {
        String text = page("Strong quake shakes coastal province", BODY_1,
                "It has a busy fishing port and a free trade zone that draws traders from the region", BODY_2);
        assertThat(kindOf(text, "It has a busy")).isEqualTo(PassageKind.BODY);
    }

    @Test
    void keepsLongUnpunctuatedParagraphAsBody() {
        String text = page("Strong quake shakes coastal province", BODY_1,
                "Aid groups said the damage to roads and bridges in the mountain districts would slow the delivery of"
                        + " tents and water to the villages cut off by landslides");
        assertThat(kindOf(text, "Aid groups")).isEqualTo(PassageKind.BODY);
    }

    @Test
    void marksEverythingAfterYouMayAlsoLikeAsOtherStory() {
        String text = page("Strong quake shakes coastal province", BODY_1, "You May Also Like",
                "Markets fall as oil prices climb",
                "Shares fell sharply on Monday as the price of crude rose for a fifth day, traders said.");
        assertThat(kindOf(text, "You May")).isEqualTo(PassageKind.OTHER_STORY);
        assertThat(kindOf(text, "Markets fall")).isEqualTo(PassageKind.OTHER_STORY);
        assertThat(kindOf(text, "Shares fell")).isEqualTo(PassageKind.OTHER_STORY);
    }

    @Test
    void marksEverythingAfterRelatedMarkerAsOtherStory() {
        String text = page("Strong quake shakes coastal province", BODY_1, "Related Stories:",
                "Officials said the new bridge would open next spring after two years of work.");
        assertThat(kindOf(text, "Officials said the new bridge")).isEqualTo(PassageKind.OTHER_STORY);
    }

    @Test
    void blanksTeaserEndingWithEllipsis() {
        String text = page("Strong quake shakes coastal province", BODY_1,
                "The minister, who took office in May, said on Friday that the budget would …", BODY_2);
        assertThat(kindOf(text, "The minister")).isEqualTo(PassageKind.OTHER_STORY);
    }

    @Test
    void blanksCommentFormLeftovers() {
        String text = page("Strong quake shakes coastal province", BODY_1, "Leave a Reply",
                "Your email address will not be published. Required fields are marked *");
        assertThat(kindOf(text, "Leave a Reply")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(text, "Your email")).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void blanksContributorCreditLine() {
        String text = page("Strong quake shakes coastal province", BODY_1,
                "Smith reported from Jakarta. Ana Souza in Manila contributed to this report.");
        assertThat(kindOf(text, "Smith reported")).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void blanksSourceLinkAndTipLines() {
        String text = page("Strong quake shakes coastal province", BODY_1, "Have a tip or story? Email us", "Source link");
        assertThat(kindOf(text, "Have a tip")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(text, "Source link")).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void marksForeignScriptLine() {
        String text = page("قالب وردپرس درنا توس", "Strong quake shakes coastal province", BODY_1);
        assertThat(kindOf(text, "قالب")).isEqualTo(PassageKind.FOREIGN);
        assertThat(kindOf(text, "Strong quake")).isEqualTo(PassageKind.TITLE);
    }

    @Test
    void marksMojibakeLine() {
        String text = page("Strong quake shakes coastal province", BODY_1,
                "Ã©tÃ© Ã  la rÃ©gion â€” Ã§a", BODY_2);
        assertThat(kindOf(text, "Ã©")).isEqualTo(PassageKind.FOREIGN);
    }

    @Test
    void marksCaptionEndingWithAgency() {
        String text = page("Strong quake shakes coastal province",
                "Residents inspect a collapsed house in the provincial capital. (Reuters)", BODY_1);
        assertThat(kindOf(text, "Residents inspect")).isEqualTo(PassageKind.CAPTION);
    }

    @Test
    void marksSentenceAfterPhotoCreditAsCaption() {
        String text = page("Strong quake shakes coastal province", BODY_1, "Maria Lopez",
                "A rescuer carries a child through the debris in the old town.", BODY_2);
        assertThat(kindOf(text, "Maria Lopez")).isEqualTo(PassageKind.META);
        assertThat(kindOf(text, "A rescuer carries")).isEqualTo(PassageKind.CAPTION);
        assertThat(kindOf(text, BODY_2.substring(0, 20))).isEqualTo(PassageKind.BODY);
    }

    @Test
    void keepsSentenceAfterAllCapsCrossheadAsBody() {
        String text = page("Strong quake shakes coastal province", BODY_1, "AID ARRIVES",
                "Trucks carrying food reached the worst-hit villages on Wednesday.");
        assertThat(kindOf(text, "AID ARRIVES")).isEqualTo(PassageKind.META);
        assertThat(kindOf(text, "Trucks carrying")).isEqualTo(PassageKind.BODY);
    }

    @Test
    void marksRepeatedHeadlineAsMeta() {
        String text = "Strong quake shakes coastal province\n\nStrong quake shakes coastal province\n" + BODY_1 + "\n";
        List<Passage> passages = classifier.classify(text);
        assertThat(passages).extracting(Passage::kind)
                .containsExactly(PassageKind.TITLE, PassageKind.META, PassageKind.BODY);
    }

    @Test
    void keepsOneSentencePerLineCorpusStyleAsBody() {
        String text = "Quake kills ten in southern Iran\nTue Nov 29 , 2005\nUpdated 10:15 a.m.\n"
                + BODY_1 + "\n" + BODY_2 + "\n" + BODY_3 + "\n";
        List<Passage> passages = classifier.classify(text);
        assertThat(passages).extracting(Passage::kind).containsExactly(PassageKind.TITLE, PassageKind.META,
                PassageKind.META, PassageKind.BODY, PassageKind.BODY, PassageKind.BODY);
    }

    @Test
    void blanksShareButtons() {
        String text = page("Strong quake shakes coastal province", BODY_1, "Share this:", "Tweet", BODY_2);
        assertThat(kindOf(text, "Share this")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(text, "Tweet")).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void keepsBodySentenceStartingLikeAButton() {
        String text = page("Strong quake shakes coastal province", BODY_1,
                "Email records show the governor was warned about the dam in 2019.");
        assertThat(kindOf(text, "Email records")).isEqualTo(PassageKind.BODY);
    }

    @Test
    void marksImageCaptionLabelAsCaption() {
        String text = page("Strong quake shakes coastal province", BODY_1,
                "Image caption Residents spent the night outside their damaged homes", BODY_2);
        assertThat(kindOf(text, "Image caption")).isEqualTo(PassageKind.CAPTION);
    }

    @Test
    void blanksWireServiceCreditInParentheses() {
        String text = page("Strong quake shakes coastal province", BODY_1,
                "(Reporting by Ana Souza; Editing by Tom Hart)");
        assertThat(kindOf(text, "(Reporting by")).isEqualTo(PassageKind.BOILERPLATE);
    }

    @Test
    void keepsParagraphBrokenAcrossLinesAsBody() {
        String text = page("Strong quake shakes coastal province", BODY_1,
                "The regional governor told reporters that the death toll",
                "could rise as rescuers reach remote villages.", BODY_2);
        assertThat(kindOf(text, "The regional governor")).isEqualTo(PassageKind.BODY);
        assertThat(kindOf(text, "could rise")).isEqualTo(PassageKind.BODY);
    }

    @Test
    void skipsNavigationLinesAndPicksHeadlineByLength() {
        String text = String.join("\n", "Skip to main content", "Menu", "World | Asia",
                "Strong quake shakes coastal province", "Ana Souza in Jakarta", BODY_1) + "\n";
        assertThat(kindOf(text, "Skip to main")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(text, "Menu")).isEqualTo(PassageKind.BOILERPLATE);
        assertThat(kindOf(text, "World | Asia")).isEqualTo(PassageKind.META);
        assertThat(kindOf(text, "Strong quake")).isEqualTo(PassageKind.TITLE);
        assertThat(kindOf(text, "Ana Souza")).isEqualTo(PassageKind.META);
    }

    @Test
    void keepsHeadlineThatStartsLikeANavigationWord() {
        String text = page("Search resumes for missing climbers", BODY_1);
        assertThat(kindOf(text, "Search resumes")).isEqualTo(PassageKind.TITLE);
    }

    @Test
    void marksCaptionWithTrailingPhotographCredit() {
        String text = page("Strong quake shakes coastal province",
                "Rescuers search a collapsed school in Banda Aceh. Photograph: Ana Souza/AFP", BODY_1);
        assertThat(kindOf(text, "Rescuers search")).isEqualTo(PassageKind.CAPTION);
    }

    @Test
    void treatsPublishedAndUpdatedStampAsMeta() {
        String text = page("Strong quake shakes coastal province",
                "PUBLISHED: July 2, 2023 at 4:15 p.m. | UPDATED: July 3, 2023 at 9:02 a.m.", BODY_1);
        assertThat(kindOf(text, "PUBLISHED")).isEqualTo(PassageKind.META);
    }

    @Test
    void keepsUnpunctuatedNarrativeSentenceAsBody() {
        String text = page("Strong quake shakes coastal province", BODY_1,
                "Schools were closed across the province on Wednesday", BODY_2);
        assertThat(kindOf(text, "Schools were closed")).isEqualTo(PassageKind.BODY);
    }

    @Test
    void blanksHeadlineWithModalVerb() {
        String text = page("Strong quake shakes coastal province", BODY_1,
                "Storm could cut power to thousands, utility warns", BODY_2);
        assertThat(kindOf(text, "Storm could")).isEqualTo(PassageKind.OTHER_STORY);
    }

    @Test
    void blanksTopicTagsAfterBody() {
        String text = String.join("\n", "Strong quake shakes coastal province", BODY_1, BODY_2,
                "Explore more on these topics", "Indonesia", "Earthquakes", "news") + "\n";
        assertThat(kindOf(text, "Explore more")).isEqualTo(PassageKind.OTHER_STORY);
        assertThat(kindOf(text, "Indonesia")).isEqualTo(PassageKind.OTHER_STORY);
        assertThat(kindOf(text, "news")).isEqualTo(PassageKind.OTHER_STORY);
    }

    @Test
    void blankingKeepsLengthAndLineBreaks() {
        String text = page("Strong quake shakes coastal province", "March 3, 2021", BODY_1, "Leave a Reply");
        String blanked = PassageClassifier.blankNonContent(text, classifier.classify(text));
        assertThat(blanked).hasSameSizeAs(text);
        assertThat(blanked.replaceAll("[^\n]", "")).isEqualTo(text.replaceAll("[^\n]", ""));
        assertThat(blanked).contains(BODY_1).contains("Strong quake").doesNotContain("March").doesNotContain("Reply");
        assertThat(blanked.indexOf(BODY_1)).isEqualTo(text.indexOf(BODY_1));
    }

    @Test
    void handlesWindowsLineEndings() {
        String text = "Strong quake shakes coastal province\r\n\r\n" + BODY_1 + "\r\n";
        List<Passage> passages = classifier.classify(text);
        assertThat(passages).hasSize(2);
        assertThat(text.substring(passages.get(1).start(), passages.get(1).end())).isEqualTo(BODY_1);
    }
}
