package org.crosscheck.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.ClaimValue;
import org.junit.jupiter.api.Test;

/** Real sentences of the corpus, with the article offsets the extractor gives. */
class ClaimTextsTest {
    /** Aceh, The Inquirer (01), paragraph 1; the article's earlier text stands before it. */
    private static final String ACEH = "A powerful earthquake in Indonesia's Aceh province flattened buildings and"
            + " sparked landslides Tuesday, killing at least five people and injuring dozens in a region devastated"
            + " by the quake-triggered tsunami of 2004.";
    private static final int ACEH_START = 1234;

    @Test
    void contextIsSixWordsEitherSideWithTheValueReplaced() {
        Claim c = count(ACEH, ACEH_START, "at least five");
        assertThat(ClaimTexts.sentence(c)).isEqualTo(ACEH);
        assertThat(ClaimTexts.context(c))
                .isEqualTo("buildings and sparked landslides Tuesday, killing X people and injuring dozens in a");
    }

    @Test
    void aValueNearTheSentenceEdgesKeepsWhatThereIs() {
        // Qeshm, Los Angeles Times (06): the value opens the sentence
        String s = "Ten people are killed and about 50 hurt.";
        assertThat(ClaimTexts.context(count(s, 40, "Ten"))).isEqualTo("X people are killed and about 50");
        // Qeshm, New York Times (05): the value ends it
        String t = "Qeshm is Iran's largest island in the Persian Gulf, with a population of 120,000.";
        assertThat(ClaimTexts.context(count(t, 7, "120,000"))).isEqualTo("Persian Gulf, with a population of X.");
    }

    @Test
    void aValueWhoseOffsetsMissTheSentenceIsFoundInIt() {
        // an HTML file: article offsets count markup the sentence text does not hold
        Claim c = claim(ACEH, ACEH_START, ACEH_START + 500, ACEH_START + 513, "at least five", ClaimKind.COUNT, null);
        assertThat(ClaimTexts.context(c))
                .isEqualTo("buildings and sparked landslides Tuesday, killing X people and injuring dozens in a");
        Claim lost = claim(ACEH, ACEH_START, ACEH_START + 500, ACEH_START + 505, "eleven", ClaimKind.COUNT, null);
        assertThat(ClaimTexts.context(lost)).isEqualTo(ACEH);
    }

    @Test
    void aStatementsContextIsItsWords() {
        // Qeshm, TerraDaily (04)
        String s = "\"Because the Persian Gulf is not very deep, a tsunami is not expected,\" he told the student news"
                + " agency ISNA.";
        String words = "Because the Persian Gulf is not very deep, a tsunami is not expected";
        Claim c = claim(s, 3143, 3144, 3144 + words.length(), words, ClaimKind.STATEMENT, words);
        assertThat(ClaimTexts.context(c)).isEqualTo(words);
        assertThat(ClaimTexts.sentence(c)).isEqualTo(s);
    }

    private static Claim count(String sentence, int sentenceStart, String value) {
        int at = sentenceStart + sentence.indexOf(value);
        return claim(sentence, sentenceStart, at, at + value.length(), value, ClaimKind.COUNT, null);
    }

    static Claim claim(String sentence, int sentenceStart, int start, int end, String value, ClaimKind kind,
                       String statement) {
        return new Claim("doc#" + start + "-" + end, "doc", 0, sentence, sentenceStart,
                sentenceStart + sentence.length(), start, end, kind, "", "", value,
                statement == null ? null : ClaimValue.statement(statement), value, "", "", List.of(), null);
    }
}
