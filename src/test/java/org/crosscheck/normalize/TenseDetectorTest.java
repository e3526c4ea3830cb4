package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.nlp.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Sentences are written word/TAG with Penn Treebank tags as a tagger gives them; the phrase
 * whose tense is asked for is marked with brackets: [in/IN March/NNP].
 */
class TenseDetectorTest {

    /** Tokens of a tagged sentence, and the span of the bracketed phrase. */
    private record Tagged(List<Token> tokens, int begin, int end) {
    }

    private static Tagged tagged(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int begin = -1;
        int end = -1;
        int offset = 0;
        for (String item : sentence.split(" ")) {
            String part = item;
            if (part.startsWith("[")) {
                begin = tokens.size();
                part = part.substring(1);
            }
            boolean closes = part.endsWith("]");
            if (closes) {
                part = part.substring(0, part.length() - 1);
            }
            int slash = part.lastIndexOf('/');
            String word = part.substring(0, slash);
            String pos = part.substring(slash + 1);
            tokens.add(new Token(tokens.size(), offset, offset + word.length(), word, word.toLowerCase(), pos, "O"));
            offset += word.length() + 1;
            if (closes) {
                end = tokens.size();
            }
        }
        return new Tagged(tokens, begin, end);
    }

    private static Tense tenseOf(String sentence) {
        Tagged t = tagged(sentence);
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
        "Troops/NNS 'll/MD go/VB home/RB [in/IN March/NNP] ./."})
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
        Tagged t = tagged("Troops/NNS arrived/VBD in/IN [March/NNP] ./.");
        assertThat(TenseDetector.tenseOf(t.tokens(), t.begin())).isEqualTo(Tense.PAST);
    }

    @Test
    void readsUnknownForEmptySentence() {
        assertThat(TenseDetector.tenseOf(List.of(), 0)).isEqualTo(Tense.UNKNOWN);
    }
}
