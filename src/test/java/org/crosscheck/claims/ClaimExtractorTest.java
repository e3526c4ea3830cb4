package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.load.Article;
import org.crosscheck.load.OffsetMap;
import org.crosscheck.load.Passage;
import org.crosscheck.load.PassageKind;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.crosscheck.normalize.Hedge;
import org.junit.jupiter.api.Test;

/** Extraction on real CoreNLP output (the pipeline is loaded once per JVM) over news sentences of several kinds. */
class ClaimExtractorTest {

    private static final LocalDate SEP_27_2020 = LocalDate.of(2020, 9, 27);
    private final ClaimExtractor extractor = new ClaimExtractor();

    static Article bodyArticle(String name, String text, LocalDate published) {
        return new Article(name, text, text, OffsetMap.identity(), name, "", "", published,
                published == null ? PublishedFrom.NONE : PublishedFrom.MANIFEST,
                List.of(new Passage(0, text.length(), PassageKind.BODY)));
    }

    private List<Claim> extract(String text, LocalDate published) {
        Article article = bodyArticle("doc.txt", text, published);
        return extract(article);
    }

    private List<Claim> extract(Article article) {
        AnnotatedDocument doc = CoreNlpAnnotator.shared().annotate(article.name(), article.analysisText(), article.published());
        return extractor.extract(article, doc);
    }

    private static List<Claim> ofKind(List<Claim> claims, ClaimKind kind) {
        return claims.stream().filter(c -> c.kind() == kind).toList();
    }

    private static Claim withValueText(List<Claim> claims, String valueText) {
        return claims.stream().filter(c -> c.valueText().equals(valueText)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim '" + valueText + "' in " + claims));
    }

    @Test
    void extractsThreeClaimsFromFromToBySentence() {
        List<Claim> claims = extract("Gen. Frank McKenzie Jr., the head of U.S. Central Command, said the United States "
                + "would reduce its force level in Iraq from more than 5,000 to about 3,000 by the end of the month.", SEP_27_2020);

        Claim from = withValueText(claims, "more than 5,000");
        Claim to = withValueText(claims, "about 3,000");
        Claim by = withValueText(claims, "the end of the month");
        assertThat(List.of(from.role(), to.role(), by.role())).containsExactly("from", "to", "by");
        assertThat(List.of(from.predicate(), to.predicate(), by.predicate())).containsOnly("reduce");
        assertThat(from.value().quantity().hedge()).isEqualTo(Hedge.MORE_THAN);
        assertThat(to.value().quantity().hedge()).isEqualTo(Hedge.ABOUT);
        assertThat(by.kind()).isEqualTo(ClaimKind.DATE);
        assertThat(by.value().date().timex()).startsWith("2020-09");
    }

    @Test
    void attributesAccordingToSpeaker() {
        List<Claim> claims = extract("Pompeo warned the Iraqi government last week that the United States would close "
                + "its embassy, according to two U.S. officials.", SEP_27_2020);

        Claim date = withValueText(claims, "last week");
        assertThat(date.speaker()).isEqualTo("two U.S. officials");
        assertThat(date.predicate()).isEqualTo("close");
        assertThat(date.subject()).isEqualTo("close embassy");
    }

    @Test
    void namesTheDatedEventByThePossessedNounNotItsPossessor() {
        List<Claim> claims = extract("The city council approved Harmon's housing plan on Tuesday, officials said.",
                LocalDate.of(2022, 5, 12));

        Claim date = withValueText(claims, "Tuesday");
        assertThat(date.subject()).isEqualTo("approve plan");
    }

    @Test
    void namesTheDatedEventsObjectWithTheNamesThatSayWhichOne() {
        List<Claim> before = extract("Fighting has also broken out in the province's Green River district this year.",
                LocalDate.of(2021, 9, 10));
        List<Claim> after = extract("Fighting broke out on Thursday in the district of Stone Valley, officials said.",
                LocalDate.of(2021, 9, 10));

        assertThat(withValueText(before, "this year").subject()).isEqualTo("break Green River district");
        assertThat(withValueText(after, "Thursday").subject()).isEqualTo("break district of Stone Valley");
    }

    @Test
    void endsTheDatedEventsObjectBeforeADayThatFollowsIt() {
        List<Claim> claims = extract("Aircraft dropped bombs Thursday near the camp, witnesses said.",
                LocalDate.of(2021, 9, 10));

        assertThat(withValueText(claims, "Thursday").subject()).isEqualTo("drop bomb");
    }

    @Test
    void takesNoCountFromAWindowOrARank() {
        List<Claim> claims = extract("The club had won their last six meetings, and the band scored a top 10 hit, "
                + "while 40 fans waited outside.", LocalDate.of(2021, 9, 10));

        assertThat(claims).extracting(Claim::valueText).containsExactly("40");
    }

    @Test
    void takesNoCountFromANumberThatBeginsAName() {
        List<Claim> claims = extract("Wales play France in the Six Nations on Saturday, and six fans were hurt.",
                LocalDate.of(2021, 9, 10));

        assertThat(claims).extracting(Claim::valueText).containsExactlyInAnyOrder("Saturday", "six");
    }

    @Test
    void takesTheObjectBeforeAFigureAsWhatItMeasures() {
        List<Claim> claims = extract("The new drug reduced the risk of strokes by 26% in the trial, researchers said.",
                LocalDate.of(2021, 9, 10));

        assertThat(withValueText(claims, "26%").subject()).isEqualTo("risk");
    }

    @Test
    void takesTheNounAnAmountQualifiesAsWhatItMeasures() {
        List<Claim> claims = extract("Donors have pressed the agency to trim the mission's $1.1 billion annual budget.",
                LocalDate.of(2021, 9, 10));

        assertThat(withValueText(claims, "$1.1 billion").subject()).isEqualTo("budget");
    }

    @Test
    void takesTheNounAPercentageQualifiesAsWhatItMeasures() {
        List<Claim> claims = extract("Factories reported a 4.5% drop in orders last month.", LocalDate.of(2021, 9, 10));

        assertThat(withValueText(claims, "4.5%").subject()).isEqualTo("drop");
    }

    @Test
    void takesTheNounAnAmountIsCountedInAsWhatItMeasures() {
        List<Claim> claims = extract("The refinery was auctioned to help pay off $4.2bn in unpaid taxes.",
                LocalDate.of(2021, 9, 10));

        assertThat(withValueText(claims, "$4.2bn").subject()).isEqualTo("tax");
    }

    @Test
    void skipsABracketedConversionBeforeTheNounAnAmountQualifies() {
        List<Claim> claims = extract("The refinery was sold to help pay off a $4.2bn (£2.3bn) back tax bill.",
                LocalDate.of(2021, 9, 10));

        assertThat(withValueText(claims, "$4.2bn").subject()).isEqualTo("bill");
    }

    @Test
    void takesNoNounFromThePeriodAnAmountIsEarnedIn() {
        List<Claim> claims = extract("The group made $2m in the first quarter, its chief executive said.",
                LocalDate.of(2021, 9, 10));

        assertThat(withValueText(claims, "$2m").subject()).isNotEqualTo("quarter");
    }

    @Test
    void takesNoQualifiedNounFromAnAmountPerPeriod() {
        List<Claim> claims = extract("The mission costs $1.1bn a year, officials said.", LocalDate.of(2021, 9, 10));

        assertThat(withValueText(claims, "$1.1bn").subject()).isNotEqualTo("year");
    }

    @Test
    void keepsBothEndsOfARangeWrittenWithBetween() {
        List<Claim> claims = extract("The worst hit villages sustained between 40 and 80 percent damage, officials said.",
                LocalDate.of(2021, 9, 10));

        Claim range = withValueText(claims, "between 40 and 80 percent");
        assertThat(range.value().quantity().low()).isEqualTo(40);
        assertThat(range.value().quantity().high()).isEqualTo(80);
    }

    @Test
    void takesNoDistanceAsTheObjectOfADatedEvent() {
        List<Claim> claims = extract("In April last year a powerful quake struck 431 kilometres off Banda Aceh.",
                LocalDate.of(2013, 7, 2));

        assertThat(withValueText(claims, "April last year").subject()).doesNotContain("kilometre");
    }

    @Test
    void takesNoDurationFromThePeriodOfAFigure() {
        List<Claim> claims = extract("Denmark produces about 30,000 tonnes of feta a year, and the plant runs 24 hours "
                + "a day.", LocalDate.of(2005, 1, 10));

        assertThat(claims).extracting(Claim::valueText).doesNotContain("a year", "a day");
    }

    @Test
    void keepsADurationThatFollowsNoFigure() {
        List<Claim> claims = extract("He returned after a year out injured, his club said.", LocalDate.of(2005, 1, 10));

        assertThat(claims).anyMatch(c -> c.kind() == ClaimKind.DURATION && c.valueText().equals("a year"));
    }

    @Test
    void countsARateInItsOwnUnit() {
        List<Claim> claims = extract("The region records at least one slight quake every day, and three strong "
                + "aftershocks were felt on Monday.", LocalDate.of(2021, 9, 10));

        assertThat(withValueText(claims, "at least one").unit()).isEqualTo("quake per day");
        assertThat(withValueText(claims, "three").unit()).isEqualTo("aftershock");
    }

    @Test
    void readsAFigureAVerbSaysWasPassedAsAFloor() {
        List<Claim> claims = extract("Dengue cases in the region have passed 3,400 since June, health officials said.",
                LocalDate.of(2023, 9, 1));

        Claim cases = withValueText(claims, "3,400");
        assertThat(cases.value().quantity().hedge()).isEqualTo(Hedge.MORE_THAN);
        assertThat(cases.value().quantity().low()).isGreaterThan(3400);
    }

    @Test
    void keepsAFigureAVerbReachedExact() {
        List<Claim> claims = extract("Dengue cases in the region have reached 3,400 since June, health officials said.",
                LocalDate.of(2023, 9, 1));

        assertThat(withValueText(claims, "3,400").value().quantity().hedge()).isEqualTo(Hedge.EXACT);
    }

    @Test
    void datesTheAskingRatherThanTheActAskedAbout() {
        List<Claim> claims = extract("The minister did not respond when asked by a reporter on Monday whether the "
                + "government would close the border crossing.", LocalDate.of(2021, 3, 10));

        Claim date = withValueText(claims, "Monday");
        assertThat(date.predicate()).isNotEqualTo("close");
    }

    @Test
    void countsAPartOfACountedWholeByWhatThePartDid() {
        List<Claim> claims = extract("Officials said 30 of the 80 wounded remained in hospital on Monday.",
                LocalDate.of(2005, 11, 28));

        Claim part = withValueText(claims, "30");
        assertThat(part.predicate()).isEqualTo("remain");
        assertThat(part.subject()).contains("part of");
    }

    @Test
    void countsSourcesNamedWithANumber() {
        List<Claim> claims = extract("Pompeo warned the Iraqi government last week that the United States would close "
                + "its embassy, according to two U.S. officials.", SEP_27_2020);

        Claim sources = withValueText(claims, "two");
        assertThat(sources.kind()).isEqualTo(ClaimKind.COUNT);
        assertThat(sources.unit()).isEqualTo("official");
        assertThat(sources.value().quantity().stated()).isEqualTo(2);
    }

    @Test
    void countsVictimsWithHedgeAndPredicate() {
        List<Claim> claims = extract("A powerful earthquake in Aceh province flattened buildings on Tuesday, killing "
                + "at least five people and injuring dozens.", LocalDate.of(2013, 7, 2));

        Claim dead = withValueText(claims, "at least five");
        assertThat(dead.kind()).isEqualTo(ClaimKind.COUNT);
        assertThat(dead.unit()).isIn("people", "person");
        assertThat(dead.predicate()).isEqualTo("kill");
        assertThat(dead.value().quantity().low()).isEqualTo(5);
        assertThat(dead.value().quantity().high()).isInfinite();
    }

    @Test
    void countsAnIndefinitePersonAsOne() {
        List<Claim> claims = extract("A Briton was killed and two others were wounded in the attack near the border, "
                + "police said.", LocalDate.of(2019, 3, 4));

        Claim briton = withValueText(claims, "A Briton");
        assertThat(briton.kind()).isEqualTo(ClaimKind.COUNT);
        assertThat(briton.value().quantity().stated()).isEqualTo(1);
        assertThat(briton.predicate()).isEqualTo("kill");
    }

    @Test
    void readsMoneyAndPercentFromAnEconomySentence() {
        List<Claim> claims = extract("The company said its revenue rose 12 percent to $4.5 billion in the third quarter.",
                LocalDate.of(2021, 10, 28));

        assertThat(ofKind(claims, ClaimKind.PERCENT)).singleElement()
                .satisfies(c -> assertThat(c.value().quantity().stated()).isEqualTo(12));
        assertThat(ofKind(claims, ClaimKind.MONEY)).singleElement().satisfies(c -> {
            assertThat(c.value().quantity().stated()).isEqualTo(4.5e9);
            assertThat(c.predicate()).isEqualTo("rise");
        });
    }

    @Test
    void attributesSaidSpeakerInAnElectionSentence() {
        List<Claim> claims = extract("Turnout reached 67 percent in Sunday's vote, the election commission said.",
                LocalDate.of(2022, 5, 9));

        Claim turnout = ofKind(claims, ClaimKind.PERCENT).get(0);
        assertThat(turnout.speaker()).isEqualTo("the election commission");
        assertThat(turnout.predicate()).isEqualTo("reach");
    }

    @Test
    void countsGoalsInASportSentence() {
        List<Claim> claims = extract("Lionel Messi scored two goals as Barcelona beat Sevilla on Sunday.", LocalDate.of(2021, 3, 1));

        Claim goals = withValueText(claims, "two");
        assertThat(goals.kind()).isEqualTo(ClaimKind.COUNT);
        assertThat(goals.unit()).isEqualTo("goal");
        assertThat(goals.predicate()).isEqualTo("score");
    }

    @Test
    void resolvesAPastWeekdayBeforePublication() {
        List<Claim> claims = extract("Lionel Messi scored two goals as Barcelona beat Sevilla on Sunday.", LocalDate.of(2021, 3, 3));

        Claim sunday = withValueText(claims, "Sunday");
        assertThat(sunday.value().date().first()).isEqualTo(LocalDate.of(2021, 2, 28));
    }

    @Test
    void makesAStatementClaimForAQuoteWithItsSpeaker() {
        List<Claim> claims = extract("“We have received around 50 people with injuries,” Ema Suryani, a doctor at a "
                + "health clinic in Lampahan, told reporters.", LocalDate.of(2013, 7, 2));

        Claim quote = ofKind(claims, ClaimKind.STATEMENT).get(0);
        assertThat(quote.speaker()).isEqualTo("Ema Suryani");
        assertThat(quote.value().statement()).isEqualTo("We have received around 50 people with injuries");
        assertThat(quote.id()).isEqualTo("doc.txt#s0");
    }

    @Test
    void givesAQuoteWithoutAttributionTheSpeakerOfItsParagraph() {
        List<Claim> claims = extract("“A man was working at a coffee plantation when a landslide struck,” Fauzi said. "
                + "“His body was found under a pile of earth soon afterwards.”", LocalDate.of(2013, 7, 2));

        assertThat(ofKind(claims, ClaimKind.STATEMENT)).hasSize(2).allSatisfy(c -> assertThat(c.speaker()).isEqualTo("Fauzi"));
    }

    @Test
    void makesAStatementClaimForReportedSpeech() {
        List<Claim> claims = extract("Iraqi officials said the decision caught them by surprise.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.STATEMENT)).singleElement().satisfies(c -> {
            assertThat(c.speaker()).isEqualTo("Iraqi officials");
            assertThat(c.value().statement()).isEqualTo("the decision caught them by surprise");
        });
    }

    @Test
    void readsAgesAsAgesAndYearsAsDates() {
        List<Claim> claims = extract("Bensu Elianita, a 22-year-old resident, said the 2004 tsunami killed 170,000 people.",
                LocalDate.of(2013, 7, 2));

        List<Claim> values = claims.stream().filter(c -> c.kind() != ClaimKind.STATEMENT).toList();
        assertThat(values).filteredOn(c -> c.valueText().contains("22")).extracting(Claim::kind)
                .containsExactly(ClaimKind.AGE);
        assertThat(values).noneMatch(c -> c.kind() != ClaimKind.DATE && c.valueText().contains("2004"));
        assertThat(withValueText(values, "170,000").kind()).isEqualTo(ClaimKind.COUNT);
    }

    @Test
    void ignoresSentencesOutsideTheBody() {
        String headline = "Quake kills 5,000 in Aceh\n\n";
        String body = "The earthquake killed at least 22 people, officials said.";
        String text = headline + body;
        Article article = new Article("doc.txt", text, text, OffsetMap.identity(), "h", "", "", LocalDate.of(2013, 7, 2),
                PublishedFrom.MANIFEST, List.of(new Passage(0, headline.length(), PassageKind.OTHER_STORY),
                        new Passage(headline.length(), text.length(), PassageKind.BODY)));

        List<Claim> claims = extract(article);

        assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(c.start()).isGreaterThanOrEqualTo(headline.length()));
    }

    @Test
    void identifiesValueClaimsByTheirOriginalOffsets() {
        String original = "<p>The flood killed 12 people.</p>";
        String analysis = "The flood killed 12 people.";
        int[] map = new int[analysis.length()];
        for (int i = 0; i < map.length; i++) {
            map[i] = i + 3;
        }
        Article article = new Article("page.html", original, analysis, OffsetMap.of(map, original.length()), "h", "", "",
                LocalDate.of(2020, 1, 1), PublishedFrom.MANIFEST, List.of(new Passage(0, analysis.length(), PassageKind.BODY)));

        Claim twelve = withValueText(extract(article), "12");

        assertThat(twelve.id()).isEqualTo("page.html#20-22");
        assertThat(original.substring(twelve.start(), twelve.end())).isEqualTo("12");
    }

    @Test
    void skipsParentheticalConversions() {
        List<Claim> claims = extract("The quake struck at a depth of just 10 kilometers (six miles) on Tuesday.", LocalDate.of(2013, 7, 2));

        assertThat(claims).noneMatch(c -> c.valueText().contains("six"));
        assertThat(withValueText(claims, "just 10").unit()).isEqualTo("km");
    }

    @Test
    void placesAFigureWhereTheSentenceDoes() {
        List<Claim> claims = extract("In neighbouring Central Aceh district, 10 people were killed and about 1,500 houses "
                + "were damaged.", LocalDate.of(2013, 7, 3));

        assertThat(withValueText(claims, "about 1,500").subject()).endsWith("in Central Aceh district");
    }

    @Test
    void givesAQuotedHeThePersonThePreviousSentenceOpenedWith() {
        List<Claim> claims = extract("Mehdi Zareh, director of the seismological center in Tehran, dismissed concerns "
                + "about tsunamis, IRNA reported.\n\n\"The Persian Gulf is not deep enough for a tsunami,\" he was quoted "
                + "as saying.", LocalDate.of(2005, 11, 28));

        Claim quote = ofKind(claims, ClaimKind.STATEMENT).stream()
                .filter(c -> c.value().statement().startsWith("The Persian Gulf")).findFirst().orElseThrow();
        assertThat(quote.speaker()).isEqualTo("Mehdi Zareh");
    }

    @Test
    void keepsTheRoleOfAToTargetWithoutAFrom() {
        List<Claim> claims = extract("The Pentagon will cut the number of troops in Iraq to 3,000 by the end of September.",
                SEP_27_2020);

        assertThat(withValueText(claims, "3,000").role()).isEqualTo("to");
        assertThat(withValueText(claims, "3,000").unit()).isEqualTo("troop");
        assertThat(withValueText(claims, "the end of September").role()).isEqualTo("by");
    }

    @Test
    void marksACountAddedToAnEarlierTotal() {
        List<Claim> claims = extract("Another two people were killed in the north. Rescuers found three more bodies on "
                + "Tuesday. A further 40 soldiers were sent to the area, officials said. Five other people died in hospital.",
                SEP_27_2020);

        assertThat(withValueText(claims, "two").role()).isEqualTo(Claim.ADDED);
        assertThat(withValueText(claims, "three").role()).isEqualTo(Claim.ADDED);
        assertThat(withValueText(claims, "40").role()).isEqualTo(Claim.ADDED);
        assertThat(withValueText(claims, "Five").role()).isEqualTo(Claim.ADDED);
    }

    @Test
    void readsMoreAfterAnotherCountOfTheSentenceAsOthers() {
        List<Claim> claims = extract("The blast killed at least three people and injured dozens more, while 12 people died "
                + "and another 20 were hurt in the north.", SEP_27_2020);

        assertThat(claims).filteredOn(c -> c.kind() == ClaimKind.COUNT).isNotEmpty()
                .allSatisfy(c -> assertThat(c.role()).isNotEqualTo(Claim.ADDED));
    }

    @Test
    void datesTheTargetOfAFromToSentenceWithRoleBy() {
        List<Claim> claims = extract("Gen. McKenzie said the U.S. would reduce its troop presence in Iraq from more than "
                + "5,000 troops to 3,000 in September.", SEP_27_2020);

        assertThat(withValueText(claims, "September").role()).isEqualTo("by");
        assertThat(withValueText(claims, "3,000").unit()).isEqualTo("troop");
    }

    @Test
    void countsNationalityNounsAsPeople() {
        List<Claim> claims = extract("Around 3,400 Congolese fled into Uganda between September 18 and September 22, "
                + "the UNHCR said.", SEP_27_2020);

        Claim count = withValueText(claims, "Around 3,400");
        assertThat(count.kind()).isEqualTo(ClaimKind.COUNT);
        assertThat(count.unit()).isEqualTo("congolese");
        assertThat(count.predicate()).isEqualTo("flee");
        assertThat(count.subject()).contains("Congolese").contains("Uganda");
        assertThat(count.speaker()).isEqualTo("UNHCR");
    }

    @Test
    void takesADateSpanAsOneClaim() {
        List<Claim> claims = extract("Around 3,400 Congolese fled into Uganda between September 18 and September 22, "
                + "the UNHCR said.", SEP_27_2020);

        List<Claim> dates = claims.stream().filter(c -> c.kind() == ClaimKind.DATE).toList();
        assertThat(dates).singleElement().satisfies(d -> {
            assertThat(d.valueText()).isEqualTo("between September 18 and September 22");
            assertThat(d.value().date().first()).isEqualTo(LocalDate.of(2020, 9, 18));
            assertThat(d.value().date().last()).isEqualTo(LocalDate.of(2020, 9, 22));
        });
    }

    @Test
    void readsPartitiveUnit() {
        List<Claim> claims = extract("The agency said it had moved about 1,800 of the new arrivals to a transit centre.",
                SEP_27_2020);

        Claim count = withValueText(claims, "about 1,800");
        assertThat(count.kind()).isEqualTo(ClaimKind.COUNT);
        assertThat(count.unit()).isEqualTo("arrival");
        assertThat(count.predicate()).isEqualTo("move");
    }

    @Test
    void skipsDatelineDate() {
        List<Claim> claims = extract("KAMPALA, Sept 27 (Meridian Wire) - More than 3,000 refugees crossed into Uganda "
                + "last week, fleeing clashes, the U.N. refugee agency said.", SEP_27_2020);

        assertThat(claims).noneMatch(c -> c.valueText().contains("Sept 27"));
        assertThat(claims).noneMatch(c -> c.valueText().contains("KAMPALA"));
        assertThat(withValueText(claims, "last week").kind()).isEqualTo(ClaimKind.DATE);
        assertThat(withValueText(claims, "More than 3,000").unit()).isEqualTo("refugee");
    }

    @Test
    void carriesUnitThroughThisNumber() {
        List<Claim> claims = extract("There are more than 5,000 US troops stationed in Iraq. This number is expected to "
                + "reduce to 3,000 by the end of October.", SEP_27_2020);

        Claim target = withValueText(claims, "3,000");
        assertThat(target.kind()).isEqualTo(ClaimKind.COUNT);
        assertThat(target.unit()).isEqualTo("troop");
        assertThat(target.subject()).isEqualTo(withValueText(claims, "more than 5,000").subject());
    }

    @Test
    void countsATollByItsEvent() {
        List<Claim> claims = extract("The death toll from Monday's shelling of a market has risen to 11, "
                + "regional officials said on Wednesday.", SEP_27_2020);

        Claim toll = withValueText(claims, "11");
        assertThat(toll.kind()).isEqualTo(ClaimKind.COUNT);
        assertThat(toll.predicate()).isEqualTo("die");
        assertThat(toll.unit()).isEqualTo("person");
        assertThat(toll.subject()).startsWith("death toll").doesNotContain("Monday");
    }

    @Test
    void countsPeopleInACasualtyState() {
        List<Claim> claims = extract("The quake struck the coast, leaving a few injured. Police said 7 people were dead.",
                SEP_27_2020);

        Claim injured = withValueText(claims, "a few");
        assertThat(injured.unit()).isEqualTo("person");
        assertThat(injured.predicate()).isEqualTo("injure");
        assertThat(withValueText(claims, "7").predicate()).isEqualTo("die");
    }

    @Test
    void datesAStatementBySpeechVerb() {
        List<Claim> claims = extract("More than 3,000 refugees crossed into Uganda last week, the U.N. refugee agency "
                + "said on Wednesday.", SEP_27_2020);

        assertThat(withValueText(claims, "Wednesday").predicate()).isEqualTo("say");
        assertThat(withValueText(claims, "last week").predicate()).isEqualTo("cross");
    }

    @Test
    void leavesAReportedFigureToItsCountClaim() {
        List<Claim> claims = extract("UNHCR said 1,800 people had so far been relocated to a transit centre. "
                + "The agency said most of them arrived through the Bunagana border post.", SEP_27_2020);

        List<Claim> statements = ofKind(claims, ClaimKind.STATEMENT);
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).valueText()).isEqualTo("most of them arrived through the Bunagana border post");
        assertThat(withValueText(claims, "1,800").speaker()).isEqualTo("UNHCR");
    }

    @Test
    void givesAQuoteItsWordsWithoutMarks() {
        List<Claim> claims = extract("\"This is the first step, not the last,\" Foreign Minister Helena Mabunda said.",
                SEP_27_2020);

        Claim quote = ofKind(claims, ClaimKind.STATEMENT).get(0);
        assertThat(quote.valueText()).isEqualTo("This is the first step, not the last");
        assertThat(quote.speaker()).contains("Helena Mabunda");
    }

    @Test
    void readsQuantifierCountsWithoutDigits() {
        List<Claim> claims = extract("Several hundred protesters gathered in Lagos on Monday.", SEP_27_2020);

        Claim count = withValueText(claims, "Several hundred");
        assertThat(count.unit()).isEqualTo("protester");
        assertThat(count.value().quantity().low()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void namesAnAppositiveSpeaker() {
        List<Claim> claims = extract("The army spokesman, Colonel Jean-Baptiste Mumbere, said the operation would take "
                + "\"a few weeks\".", SEP_27_2020);

        assertThat(withValueText(claims, "a few weeks").speaker()).contains("Mumbere");
    }

    @Test
    void takesTheSpeakerBeforeAnAsideBetweenDashes() {
        List<Claim> claims = extract("Nordbank - whose market value is more than £3bn - said it would make a cash offer "
                + "for the exchange.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.STATEMENT)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.speaker()).isEqualTo("Nordbank"));
    }

    @Test
    void takesAPronounBeforeTheSpeechVerbAsTheWholeSpeaker() {
        List<Claim> claims = extract("Malcolm Glazer first bought shares in the club in 2003. In February 2004 he said he "
                + "was considering a bid of $800m for the club.", SEP_27_2020);

        assertThat(withValueText(claims, "$800m").speaker()).isEqualTo("Malcolm Glazer");
    }

    @Test
    void doesNotJoinAThingToTheSpeakerOfTheNextClause() {
        List<Claim> claims = extract("The firm was hit with $27bn in taxes and fines and many observers now say that "
                + "a break-up of the group is inevitable.", SEP_27_2020);

        assertThat(withValueText(claims, "$27bn").speaker()).isEqualTo("many observers");
    }

    @Test
    void readsAParticipleBeforeANounAsNoSpeechVerb() {
        List<Claim> claims = extract("Indonesia had 94,000 of the 140,000 confirmed deaths so far.", SEP_27_2020);

        assertThat(claims).allSatisfy(c -> assertThat(c.speaker()).isNull());
    }

    @Test
    void creditsAQuoteToTheSpeakerWhoseWordsItIs() {
        List<Claim> claims = extract("A new book claimed that Mr Jones told the minister: \"There is nothing you could "
                + "ever say to me now that I could believe.\"", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.STATEMENT)).singleElement()
                .satisfies(c -> assertThat(c.speaker()).contains("Jones"));
    }

    @Test
    void creditsWhatASpeakerAddsToThatSpeaker() {
        List<Claim> claims = extract("The important thing was action, Ms Harper said, adding that of the £50m pledged only "
                + "\"six or seven million\" had arrived.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.STATEMENT)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.speaker()).contains("Harper"));
    }

    @Test
    void endsASpeakerBeforeItAtItsDeterminer() {
        List<Claim> claims = extract("Before he left for Africa on Tuesday the chancellor told reporters: \"Of course "
                + "we will keep working together.\"", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.STATEMENT)).singleElement()
                .satisfies(c -> assertThat(c.speaker()).isEqualTo("the chancellor"));
    }

    @Test
    void leavesATimeBeforeTheSpeechVerbOutOfTheSpeaker() {
        List<Claim> claims = extract("Angry Labour MPs this week warned that the party could lose 40 seats.", SEP_27_2020);

        assertThat(withValueText(claims, "40").speaker()).isEqualTo("Angry Labour MPs");
    }

    @Test
    void creditsAQuoteToTheSubjectOfAPassiveReport() {
        List<Claim> claims = extract("In Ms Lane's book Mr Jones is alleged to have told the minister: \"There is nothing "
                + "you could ever say to me now that I could believe.\"", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.STATEMENT)).singleElement()
                .satisfies(c -> assertThat(c.speaker()).contains("Jones").doesNotContain("book"));
    }

    @Test
    void readsTheStatementOfASpeakerAfterAPossessive() {
        List<Claim> claims = extract("Supporters' group Fans United - which has rallied opposition to the bid - said it "
                + "would fight any move.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.STATEMENT)).singleElement()
                .satisfies(c -> assertThat(c.valueText()).contains("would fight any move"));
    }

    @Test
    void countsNothingInAFigureOfSpeech() {
        List<Claim> claims = extract("Low demand means one thing for the firm, for two reasons, while 40 workers lost "
                + "their jobs.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.COUNT)).extracting(Claim::valueText).containsExactly("40");
    }

    @Test
    void readsAPlaceInARankingAsNoCount() {
        List<Claim> claims = extract("The game dropped one place to two, while a new title entered the chart at number "
                + "seven and sold 40,000 copies.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.COUNT)).extracting(Claim::valueText).doesNotContain("two", "seven")
                .contains("40,000");
    }

    @Test
    void creditsAQuoteInAReportedClauseToItsReporterNotToTheNextClause() {
        List<Claim> claims = extract("Labour say a Liberal vote could \"let the Tories in through the back door\", while "
                + "the Tories say the Liberals would mean higher taxes.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.STATEMENT)).filteredOn(c -> c.valueText().contains("back door"))
                .singleElement().satisfies(c -> assertThat(c.speaker()).isEqualTo("Labour"));
    }

    @Test
    void readsAModelNumberAsNoCount() {
        List<Claim> claims = extract("Boeing has unveiled its new long-distance 777 plane, days after Ryanair ordered"
                + " 70 Boeing 737-800 planes.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.COUNT)).extracting(Claim::valueText).containsExactly("70");
    }

    @Test
    void readsNoClaimFromASupposition() {
        List<Claim> claims = extract("If the track sold 500,000 copies, the charity would gain, and it sold 72,000 copies"
                + " on Monday.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.COUNT)).extracting(Claim::valueText).containsExactly("72,000");
    }

    @Test
    void takesWhatFollowsASpeechVerbInASecondClauseAsTheStatement() {
        List<Claim> claims = extract("Vijay Mallya recently set up Kingfisher Airlines, while Richard Branson has said he is"
                + " keen to start a local operation.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.STATEMENT)).singleElement().satisfies(c -> {
            assertThat(c.speaker()).isEqualTo("Richard Branson");
            assertThat(c.value().statement()).isEqualTo("he is keen to start a local operation");
        });
    }

    @Test
    void resolvesItToTheFirmTheTextWentOnAboutNotToAnAgencySomeSentencesBack() {
        List<Claim> claims = extract("On Tuesday, Agence France Presse reported that Siemens won the contract to build an"
                + " airport. For its part, Air Deccan plans to increase its fleet within five years. The company may sell"
                + " a stake to an investor. It said it was basing its business model on European firms.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.STATEMENT)).filteredOn(c -> c.value().statement().contains("business model"))
                .singleElement().extracting(Claim::speaker).isEqualTo("Air Deccan");
    }

    @Test
    void givesWhatAParticipleAfterAThingReportsToTheClauseSubject() {
        List<Claim> claims = extract("Mr Clarke has rejected that idea saying intercept evidence is only a small part of the"
                + " case against terror suspects.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.STATEMENT)).singleElement().extracting(Claim::speaker).isEqualTo("Clarke");
    }

    @Test
    void readsAScoreAsNoCount() {
        List<Claim> claims = extract("Moya beat Roddick 6-2 7-6 (7-1) 7-6 (7-5) to give Spain an unassailable 3-1 lead"
                + " in front of 27,200 fans.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.COUNT)).extracting(Claim::valueText).containsExactly("27,200");
    }

    @Test
    void readsAnUpwardPairBesideAWordOfResultsAsAScore() {
        List<Claim> claims = extract("United came from behind to secure a 2-3 win, while 5-10 people were hurt outside.",
                SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.COUNT)).extracting(Claim::valueText).containsExactly("5-10");
    }

    @Test
    void readsANumberJoinedToAnAdjectiveAsNoCount() {
        List<Claim> claims = extract("He rushed his two-handed backhands in a one-sided final watched by 12,000 fans.",
                SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.COUNT)).extracting(Claim::valueText).containsExactly("12,000");
    }

    @Test
    void leavesTheDatelinePlaceOutOfTheSpeaker() {
        List<Claim> claims = extract("WASHINGTON — Secretary of State Mike Pompeo has warned Iraq’s leaders that the U.S. "
                + "plans to close its embassy in Baghdad, two Iraqi government officials said.", SEP_27_2020);

        Claim statement = ofKind(claims, ClaimKind.STATEMENT).get(0);
        assertThat(statement.speaker()).doesNotContain("WASHINGTON").contains("Pompeo");
        assertThat(statement.valueText()).isEqualTo("the U.S. plans to close its embassy in Baghdad");
    }

    @Test
    void countsPeopleInAPartitiveOfACasualtyWord() {
        List<Claim> claims = extract("Health officials said at least 25 of the injured were taken to hospital.", SEP_27_2020);

        Claim count = withValueText(claims, "at least 25");
        assertThat(count.unit()).isEqualTo("person");
        assertThat(count.predicate()).isEqualTo("injure");
    }

    @Test
    void givesNoSpeakerToAPassiveSpeechVerb() {
        List<Claim> claims = extract("Five people were confirmed dead in the quake.", SEP_27_2020);

        Claim count = withValueText(claims, "Five");
        assertThat(count.speaker()).isNull();
        assertThat(count.unit()).isEqualTo("person");
    }

    @Test
    void namesTheSourcesOfACountOfSources() {
        List<Claim> claims = extract("The mission will shrink to 8,500 troops by the end of January, a diplomat familiar "
                + "with the plan told reporters.", SEP_27_2020);

        Claim sources = withValueText(claims, "a diplomat");
        assertThat(sources.predicate()).isEqualTo("say");
        assertThat(sources.subject()).isEqualTo("diplomat familiar with the plan");
        assertThat(withValueText(claims, "8,500").speaker()).isEqualTo("a diplomat familiar with the plan");
    }

    @Test
    void readsARateAsPartOfItsValue() {
        List<Claim> claims = extract("At $1.1bn a year, the mission's budget is one of the largest of any U.N. operation.",
                SEP_27_2020);

        assertThat(claims).extracting(Claim::valueText).doesNotContain("a year", "a day");
        assertThat(claims).noneMatch(c -> c.valueText().equals("one"));
        assertThat(withValueText(claims, "$1.1bn").kind()).isEqualTo(ClaimKind.MONEY);
    }

    @Test
    void givesAFigureTheSubjectOfItsClause() {
        List<Claim> claims = extract("Voter turnout in Monday's mayoral election was just 38%, the city clerk said. "
                + "The bank's next policy meeting is on July 30.", SEP_27_2020);

        Claim turnout = withValueText(claims, "just 38%");
        assertThat(turnout.subject()).isEqualTo("Voter turnout");
        assertThat(turnout.predicate()).isEqualTo("be");
        assertThat(withValueText(claims, "July 30").subject()).isEqualTo("next policy meeting");
    }

    @Test
    void takesNoAgeForACount() {
        List<Claim> claims = extract("\"Many roofs fell,\" said Bensu Elianita, a 22 year-old resident of the village.",
                SEP_27_2020);

        assertThat(claims).filteredOn(c -> c.valueText().contains("22")).extracting(Claim::kind)
                .containsExactly(ClaimKind.AGE);
    }

    @Test
    void countsMoreOfTheSentencesEarlierUnit() {
        List<Claim> claims = extract("A tsunami killed 170,000 people in the province and tens of thousands more in "
                + "countries around the Indian Ocean.", SEP_27_2020);

        Claim more = withValueText(claims, "tens of thousands");
        assertThat(more.unit()).isEqualTo("person");
        assertThat(more.predicate()).isEqualTo("kill");
        assertThat(more.subject()).isEqualTo("people in countries");
    }

    @Test
    void datesTheEventAPossessiveDateNames() {
        List<Claim> claims = extract("The death toll from Monday's dam collapse has climbed to 52, the ministry said.",
                SEP_27_2020);

        Claim date = withValueText(claims, "Monday");
        assertThat(date.subject()).isEqualTo("dam collapse");
        assertThat(date.predicate()).isEqualTo("collapse");
    }

    @Test
    void placesACountOnlyByTheDestinationOfItsOwnVerb() {
        List<Claim> claims = extract("Cyclone Tarun slammed into India on Sunday, killing at least five people. "
                + "More than 3,000 refugees crossed into Uganda last week.", SEP_27_2020);

        assertThat(withValueText(claims, "at least five").subject()).doesNotContain("India");
        assertThat(withValueText(claims, "More than 3,000").subject()).isEqualTo("refugees into Uganda");
    }
    @Test
    void readsRaceTimeAsDurationNotClockTime() {
        List<Claim> claims = extract("Daniel Kiptoo won the Berlin Marathon on Sunday in 2:02:17, breaking the course record.",
                SEP_27_2020);

        Claim time = withValueText(claims, "2:02:17");
        assertThat(time.kind()).isEqualTo(ClaimKind.DURATION);
        assertThat(time.value().quantity().stated()).isEqualTo(7337);
    }

    @Test
    void joinsDurationWrittenInPartsIntoOneClaim() {
        List<Claim> claims = extract("Kiptoo crossed the line at the Brandenburg Gate in two hours, two minutes and 17 seconds.",
                SEP_27_2020);

        List<Claim> durations = ofKind(claims, ClaimKind.DURATION);
        assertThat(durations).hasSize(1);
        assertThat(durations.get(0).valueText()).isEqualTo("two hours, two minutes and 17 seconds");
        assertThat(durations.get(0).value().quantity().stated()).isEqualTo(7337);
    }

    @Test
    void keepsTwoDurationsOfDifferentThingsApart() {
        List<Claim> claims = extract("The talks lasted three days and the ceasefire held for two weeks.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.DURATION)).hasSize(2);
    }

    @Test
    void readsOrdinalMinuteAsValueNotDate() {
        List<Claim> claims = extract("Mensah's header in the 88th minute settled a tense final.", SEP_27_2020);

        assertThat(ofKind(claims, ClaimKind.DATE)).isEmpty();
        Claim minute = withValueText(claims, "88th minute");
        assertThat(minute.value().quantity().stated()).isEqualTo(88);
    }

    @Test
    void readsHyphenatedOrdinalMinute() {
        List<Claim> claims = extract("Riverside beat Castleford 2-1 with an 89th-minute header from Kofi Mensah.", SEP_27_2020);

        Claim minute = withValueText(claims, "89th-minute");
        assertThat(minute.value().quantity().stated()).isEqualTo(89);
        assertThat(minute.unit()).isEqualTo(withValueText(
                extract("The winner came in the 88th minute.", SEP_27_2020), "88th minute").unit());
    }

    @Test
    void extractsFractionOfAPercentagePoint() {
        List<Claim> claims = extract("Policymakers lifted the main rate by half a percentage point on Thursday.", SEP_27_2020);

        Claim hike = withValueText(claims, "half a percentage point");
        assertThat(hike.unit()).isEqualTo("percentage point");
        assertThat(hike.value().quantity().stated()).isEqualTo(0.5);
        assertThat(hike.predicate()).isEqualTo("lift");
    }

    @Test
    void comparedWithIsNotTheEventOfTheValue() {
        List<Claim> claims = extract("The drug cut the risk of heart attack by 20% compared with a placebo.", SEP_27_2020);

        assertThat(withValueText(claims, "20%").predicate()).isEqualTo("cut");
    }

    @Test
    void readsSpeedInKilometresPerHour() {
        List<Claim> claims = extract("The cyclone packed winds of up to 195 km/h when it made landfall.", SEP_27_2020);

        assertThat(withValueText(claims, "up to 195").unit()).isEqualTo("km/h");
    }
    @Test
    void readsSpeedWrittenTogetherWithItsUnit() {
        List<Claim> claims = extract("The storm brought gusts of 120mph to the coast, forecasters said.", SEP_27_2020);

        Claim speed = withValueText(claims, "120mph");
        assertThat(speed.unit()).isEqualTo("mph");
        assertThat(speed.value().quantity().stated()).isEqualTo(120.0);
    }

    @Test
    void aUnitCutFromItsDigitsIsPartOfTheValueNotWhatIsMeasured() {
        List<Claim> claims = extract("Delhi recorded a high of 46.9C on Wednesday, the weather office said.", SEP_27_2020);

        Claim high = withValueText(claims, "46.9C");
        assertThat(high.unit()).isEqualTo("celsius");
        assertThat(high.subject()).isNotEqualToIgnoringCase("c");
    }

    @Test
    void aPercentageWrittenPcIsAPercentage() {
        Claim pc = withValueText(extract("Inflation rose to 2.5pc in March, the statistics office said.", SEP_27_2020), "2.5pc");
        Claim percent = withValueText(extract("Inflation rose to 2.5% in March, the statistics office said.", SEP_27_2020), "2.5%");

        assertThat(pc.kind()).isEqualTo(ClaimKind.PERCENT).isEqualTo(percent.kind());
        assertThat(pc.subject()).isEqualTo(percent.subject());
    }

    @Test
    void valueHangsOnMainVerbNotOnClauseOpenedAfterIt() {
        List<Claim> claims = extract("The integrity unit has banned the runner for four years after she tested positive "
                + "for a banned substance.", SEP_27_2020);

        assertThat(withValueText(claims, "four years").predicate()).isEqualTo("ban");
    }

    @Test
    void durationOfEventNounTakesTheNounsEvent() {
        List<Claim> claims = extract("The runner was handed a two-year ban by the federation.", SEP_27_2020);

        assertThat(withValueText(claims, "two-year").predicate()).isEqualTo("ban");
    }
    @Test
    void dateOfRecordInAsideIsAboutTheValuesSubject() {
        List<Claim> claims = extract("Turnout was 38.4 percent, the lowest since 2002, the city clerk's office said.", SEP_27_2020);

        Claim since = withValueText(claims, "2002");
        assertThat(since.subject()).isEqualTo("Turnout lowest");
        assertThat(since.predicate()).isEqualTo("be");
    }

    @Test
    void valueInAsideTakesCopulaOfTheClauseItQualifies() {
        List<Claim> claims = extract("Voter turnout was just 38%, the lowest since 1998, according to the city clerk.", SEP_27_2020);

        assertThat(withValueText(claims, "1998").predicate()).isEqualTo("be");
    }
    @Test
    void clockTimeIsNotTheObjectOfADatesEvent() {
        List<Claim> claims = extract("The truce is due to start at 6 p.m. on Saturday, the mediators said.", SEP_27_2020);

        assertThat(withValueText(claims, "Saturday").subject()).isEqualTo("start");
    }
    @Test
    void extractsQuarterNamedByItsMonths() {
        List<Claim> claims = extract("Gross domestic product expanded by 0.2% in the April-June period, a first estimate showed.",
                LocalDate.of(2024, 8, 2));

        Claim period = withValueText(claims, "the April-June period");
        assertThat(period.kind()).isEqualTo(ClaimKind.DATE);
        assertThat(period.value().date().normalized()).isEqualTo("2024-Q2");
        assertThat(period.subject()).isEqualTo("expand");
    }
}
