package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.junit.jupiter.api.Test;

/**
 * Dates read in their sentence as a reader resolves them: the clause's tense, the event the
 * date names, the publication date. Sentences are tagged by hand ({@link TaggedSentence});
 * the bracketed phrase is the date mention. Published Sunday 27 September 2020 unless said.
 */
class DatesInSentencesTest {

    private static final LocalDate SUNDAY_27_SEP_2020 = LocalDate.of(2020, 9, 27);

    private final DateNormalizer dates = new DateNormalizer();

    private String read(String tagged) {
        return read(tagged, SUNDAY_27_SEP_2020);
    }

    private String read(String tagged, LocalDate published) {
        TaggedSentence t = TaggedSentence.parse(tagged);
        Mention mention = t.mention(MentionType.DATE, null);
        return dates.normalize(t.sentence(mention), mention, published, null)
                .map(DateValue::timex).orElse("none");
    }

    @Test
    void resolvesPastMonthToThisYearWhenItHasBegun() {
        assertThat(read("The/DT killing/NN [in/IN January/NNP] sparked/VBD protests/NNS ./.")).isEqualTo("2020-01");
    }

    @Test
    void resolvesPastMonthToPreviousYear() {
        assertThat(read("Talks/NNS collapsed/VBD [in/IN October/NNP] ./.")).isEqualTo("2019-10");
    }

    @Test
    void resolvesFutureMonthToNextOccurrence() {
        assertThat(read("Troops/NNS will/MD leave/VB [in/IN March/NNP] ./.")).isEqualTo("2021-03");
    }

    @Test
    void resolvesEventNamedByItsDateWithoutVerbToTheNextOne() {
        assertThat(read("[The/DT November/NNP 3/CD] presidential/JJ election/NN")).isEqualTo("2020-11-03");
    }

    @Test
    void resolvesUpcomingEventNamedByItsDateInPastClauseToTheNextOne() {
        assertThat(read("Trump/NNP campaigned/VBD in/IN Ohio/NNP before/IN the/DT [November/NNP 3/CD] "
                + "presidential/JJ election/NN ./.")).isEqualTo("2020-11-03");
    }

    @Test
    void resolvesDateAheadOfEventInPastClauseToTheNextOne() {
        assertThat(read("Leaders/NNS met/VBD in/IN Brussels/NNP ahead/RB of/IN the/DT [December/NNP 12/CD] "
                + "summit/NN ./.")).isEqualTo("2020-12-12");
    }

    @Test
    void resolvesDateAheadOfEventWithoutVerbToTheNextOne() {
        assertThat(read("Ahead/RB of/IN the/DT [December/NNP 12/CD] summit/NN")).isEqualTo("2020-12-12");
    }

    @Test
    void resolvesEventDateInFutureClauseToTheNextOne() {
        assertThat(read("Voters/NNS will/MD go/VB to/TO the/DT polls/NNS [on/IN November/NNP 3/CD] ./."))
                .isEqualTo("2020-11-03");
    }

    @Test
    void resolvesScheduledEventJustPastInPastClauseToTheOneJustHeld() {
        assertThat(read("Biden/NNP won/VBD the/DT [November/NNP 3/CD] election/NN ./.", LocalDate.of(2020, 11, 10)))
                .isEqualTo("2020-11-03");
    }

    @Test
    void keepsPastClauseForDatedEventThatIsNoScheduledEvent() {
        assertThat(read("The/DT [January/NNP 6/CD] attack/NN shocked/VBD the/DT nation/NN ./.",
                LocalDate.of(2021, 9, 27))).isEqualTo("2021-01-06");
    }

    @Test
    void resolvesUpcomingEventDateInPastClauseToTheNextOne() {
        assertThat(read("Parties/NNS prepared/VBD for/IN the/DT upcoming/JJ [December/NNP 12/CD] vote/NN ./."))
                .isEqualTo("2020-12-12");
    }

    @Test
    void keepsClauseTenseForDateBeforeNounItDoesNotModify() {
        assertThat(read("Officials/NNS said/VBD [on/IN Friday/NNP] talks/NNS had/VBD collapsed/VBN ./."))
                .isEqualTo("2020-09-25");
    }

    @Test
    void resolvesLastWeekToThePreviousIsoWeek() {
        assertThat(read("Police/NNS arrested/VBD him/PRP [last/JJ week/NN] ./.")).isEqualTo("2020-W38");
    }

    @Test
    void resolvesSundayInSundayArticleToThatDay() {
        assertThat(read("The/DT quake/NN struck/VBD [on/IN Sunday/NNP] ./.")).isEqualTo("2020-09-27");
    }

    @Test
    void resolvesYesterdayToTheDayBeforePublication() {
        assertThat(read("He/PRP was/VBD questioned/VBN [yesterday/NN] ./.")).isEqualTo("2020-09-26");
    }

    @Test
    void resolvesEarlySundayAfternoonToTheDay() {
        assertThat(read("The/DT climbers/NNS fell/VBD [early/RB Sunday/NNP afternoon/NN] ./.")).isEqualTo("2020-09-27");
    }

    @Test
    void resolvesEndOfTheMonthToThePublicationMonth() {
        TaggedSentence t = TaggedSentence.parse("Troops/NNS will/MD leave/VB [by/IN the/DT end/NN of/IN the/DT month/NN] ./.");
        Mention mention = t.mention(MentionType.DATE, null);
        DateValue v = dates.normalize(t.sentence(mention), mention, SUNDAY_27_SEP_2020, null).orElseThrow();
        assertThat(v.timex()).isEqualTo("2020-09");
        assertThat(v.first()).isEqualTo(LocalDate.of(2020, 9, 21));
        assertThat(v.last()).isEqualTo(LocalDate.of(2020, 9, 30));
    }

    @Test
    void resolvesMonthsAgoToTheMonthThatManyBefore() {
        assertThat(read("The/DT mine/NN closed/VBD [four/CD months/NNS ago/RB] ./.")).isEqualTo("2020-05");
        assertThat(read("The/DT mine/NN closed/VBD [6/CD months/NNS ago/RB] ./.")).isEqualTo("2020-03");
    }

    @Test
    void resolvesWeeksAgoToTheIsoWeekThatManyBefore() {
        assertThat(read("The/DT mine/NN closed/VBD [12/CD weeks/NNS ago/RB] ./.")).isEqualTo("2020-W27");
    }

    @Test
    void resolvesMonthOfLastYear() {
        assertThat(read("The/DT mine/NN closed/VBD [April/NNP last/JJ year/NN] ./.")).isEqualTo("2019-04");
    }

    @Test
    void resolvesThisMorningToThePublicationDay() {
        assertThat(read("The/DT quake/NN struck/VBD [this/DT morning/NN] ./.")).isEqualTo("2020-09-27");
    }

    @Test
    void resolvesMonthInInfinitiveByTheVerbItHangsOn() {
        assertThat(read("Trump/NNP 's/POS decision/NN to/TO order/VB the/DT killing/NN of/IN Soleimani/NNP "
                + "outside/IN the/DT airport/NN [in/IN January/NNP] sparked/VBD a/DT firestorm/NN ./.")).isEqualTo("2020-01");
    }

    @Test
    void resolvesMonthAfterGerundByTheClauseVerb() {
        assertThat(read("South/NNP Sudan/NNP split/VBD off/RP in/IN July/NNP after/IN voting/VBG for/IN secession/NN "
                + "in/IN a/DT [January/NNP] referendum/NN ./.", LocalDate.of(2011, 11, 10))).isEqualTo("2011-01");
    }

    @Test
    void resolvesDayAnEventIsSetForToTheNextOne() {
        assertThat(read("A/DT trial/NN date/NN was/VBD set/VBN [for/IN October/NNP 28/CD] ./.", LocalDate.of(2013, 6, 12)))
                .isEqualTo("2013-10-28");
    }

    @Test
    void readsNoDateInFourDigitClockTimeBeforeBracketedGmt() {
        assertThat(read("The/DT quake/NN ,/, which/WDT struck/VBD at/IN [1353/CD] (/-LRB- 1023/CD GMT/NNP )/-RRB- ,/, "
                + "was/VBD felt/VBN in/IN Oman/NNP ./.", LocalDate.of(2005, 11, 28))).isEqualTo("none");
    }

    @Test
    void readsFourDigitYearWithoutClockContextAsAYear() {
        assertThat(read("The/DT mosque/NN was/VBD built/VBN [in/IN 1353/CD] ./.")).isEqualTo("1353");
    }
}
