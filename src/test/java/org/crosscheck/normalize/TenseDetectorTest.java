package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Sentences are tagged by hand (see {@link TaggedSentence}); the bracketed phrase is asked about. */
class TenseDetectorTest {

    private static Tense tenseOf(String sentence) {
        TaggedSentence t = TaggedSentence.parse(sentence);
        return TenseDetector.tenseOf(t.tokens(), t.begin(), t.end());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Troops/NNS arrived/VBD [in/IN March/NNP] ./.",
        "The/DT base/NN has/VBZ been/VBN closed/VBN [since/IN 2014/CD] ./.",
        "Officials/NNS had/VBD left/VBN [on/IN Friday/NNP] ./.",
        "The/DT 5,000/CD troops/NNS deployed/VBN [in/IN March/NNP] remain/VBP ./.",
        "[On/IN Friday/NNP] ,/, officials/NNS said/VBD the/DT talks/NNS would/MD resume/VB ./.",
        "He/PRP said/VBD [on/IN Friday/NNP] that/IN troops/NNS would/MD leave/VB ./.",
        "It/PRP would/MD have/VB ended/VBN [in/IN March/NNP] ./."})
    void readsPastTense(String sentence) {
        assertThat(tenseOf(sentence)).isEqualTo(Tense.PAST);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Troops/NNS will/MD leave/VB [in/IN March/NNP] ./.",
        "The/DT number/NN is/VBZ expected/VBN to/TO fall/VB to/TO 3,000/CD [by/IN the/DT end/NN of/IN September/NNP] ./.",
        "The/DT minister/NN plans/VBZ to/TO visit/VB [next/JJ month/NN] ./.",
        "He/PRP said/VBD troops/NNS would/MD leave/VB [by/IN the/DT end/NN of/IN September/NNP] ./.",
        "The/DT vote/NN is/VBZ scheduled/VBN [for/IN March/NNP] ./.",
        "The/DT talks/NNS are/VBP due/JJ to/TO resume/VB [on/IN Friday/NNP] ./.",
        "She/PRP is/VBZ going/VBG to/TO run/VB [in/IN 2024/CD] ./.",
        "The/DT president/NN is/VBZ to/TO visit/VB [on/IN Monday/NNP] ./.",
        "Troops/NNS 'll/MD go/VB home/RB [in/IN March/NNP] ./.",
        "He/PRP said/VBD that/IN [by/IN March/NNP] troops/NNS will/MD leave/VB ./."})
    void readsFutureTense(String sentence) {
        assertThat(tenseOf(sentence)).isEqualTo(Tense.FUTURE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "About/RB 3,000/CD troops/NNS remain/VBP [this/DT month/NN] ./.",
        "The/DT army/NN says/VBZ [on/IN Friday/NNP] it/PRP is/VBZ ready/JJ ./."})
    void readsPresentTense(String sentence) {
        assertThat(tenseOf(sentence)).isEqualTo(Tense.PRESENT);
    }

    @Test
    void readsUnknownWithoutVerb() {
        assertThat(tenseOf("[March/NNP 2020/CD] :/: a/DT timeline/NN")).isEqualTo(Tense.UNKNOWN);
    }

    @Test
    void staysInsideTheClause() {
        assertThat(tenseOf("Troops/NNS will/MD leave/VB ;/: [in/IN March/NNP] ,/, they/PRP arrived/VBD ./."))
                .isEqualTo(Tense.PAST);
    }

    @Test
    void acceptsASingleTokenIndex() {
        TaggedSentence t = TaggedSentence.parse("Troops/NNS arrived/VBD in/IN [March/NNP] ./.");
        assertThat(TenseDetector.tenseOf(t.tokens(), t.begin())).isEqualTo(Tense.PAST);
    }

    @Test
    void readsUnknownForEmptySentence() {
        assertThat(TenseDetector.tenseOf(List.of(), 0)).isEqualTo(Tense.UNKNOWN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "South/NNP Sudan/NNP split/VBD off/RP in/IN July/NNP after/IN voting/VBG overwhelmingly/RB for/IN secession/NN in/IN a/DT [January/NNP] referendum/NN ./.",
        "Trump/NNP 's/POS decision/NN to/TO order/VB the/DT killing/NN of/IN Soleimani/NNP [in/IN January/NNP] sparked/VBD a/DT firestorm/NN ./.",
        "[In/IN February/NNP] ,/, a/DT quake/NN measuring/VBG 6.4/CD hit/VBD the/DT town/NN ./."})
    void readsGerundAndInfinitiveByTheVerbTheyHangOn(String sentence) {
        assertThat(tenseOf(sentence)).isEqualTo(Tense.PAST);
    }

    @Test
    void readsInfinitiveAfterNounOfIntentAsFuture() {
        assertThat(tenseOf("Plans/NNS to/TO hold/VB elections/NNS [in/IN March/NNP] were/VBD announced/VBN ./."))
                .isEqualTo(Tense.FUTURE);
    }

    @Test
    void readsDateAnEventIsSetForAsFuture() {
        assertThat(tenseOf("A/DT trial/NN date/NN was/VBD set/VBN [for/IN October/NNP 28/CD] ./."))
                .isEqualTo(Tense.FUTURE);
    }

    @Test
    void readsDateOfScheduledEventInPastClauseAsNotPlacedByTheVerb() {
        assertThat(tenseOf("Trump/NNP campaigned/VBD before/IN the/DT [November/NNP 3/CD] election/NN ./."))
                .isEqualTo(Tense.UNKNOWN);
    }
}
