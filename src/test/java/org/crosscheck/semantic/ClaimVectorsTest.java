package org.crosscheck.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.junit.jupiter.api.Test;

class ClaimVectorsTest {
    private static final SentenceEncoder ENCODER = SentenceEncoder.shared();
    /** Qeshm, Los Angeles Times (06): one sentence, two counts. */
    private static final String SENTENCE = "Ten people were killed and at least 50 injured when an earthquake razed"
            + " mud-brick villages on the Persian Gulf island of Qeshm off Iran's southern coast Sunday, officials"
            + " and state media said.";

    private static Claim count(String value) {
        int at = 500 + SENTENCE.indexOf(value);
        return ClaimTextsTest.claim(SENTENCE, 500, at, at + value.length(), value, ClaimKind.COUNT, null);
    }

    @Test
    void aSharedSentenceIsEncodedOnce() {
        Claim ten = count("Ten");
        Claim fifty = count("at least 50");
        ClaimVectors v = ClaimVectors.build(List.of(ten, fifty), ENCODER, Map.of());
        v.encodeAll();
        // one sentence, two contexts
        assertThat(v.added()).hasSize(3).containsKeys(ClaimVectors.hash(SENTENCE),
                ClaimVectors.hash(ClaimTexts.context(ten)), ClaimVectors.hash(ClaimTexts.context(fifty)));
        assertThat(v.hashes()).isEqualTo(v.added().keySet());
        assertThat(v.sentence(ten.id())).isSameAs(v.sentence(fifty.id()));
        assertThat(v.sentenceSimilarity(ten, fifty)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
        assertThat(v.contextSimilarity(ten, fifty)).isLessThan(0.99);
        assertThat(v.context(ten.id())).containsExactly(ENCODER.encode(List.of(ClaimTexts.context(ten))).get(0));
        assertThat(v.model()).isEqualTo(ENCODER.modelName());
    }

    @Test
    void storedVectorsAreTakenAsTheyAre() {
        Claim ten = count("Ten");
        ClaimVectors first = ClaimVectors.build(List.of(ten), ENCODER, Map.of());
        first.encodeAll();
        Map<String, float[]> stored = new HashMap<>(first.added());
        Claim fifty = count("at least 50");
        ClaimVectors second = ClaimVectors.build(List.of(ten, fifty), ENCODER, stored);
        second.encodeAll();
        // only the new claim's context is new; the stored sentence vector is the very array stored
        assertThat(second.added()).containsOnlyKeys(ClaimVectors.hash(ClaimTexts.context(fifty)));
        assertThat(second.sentence(fifty.id())).isSameAs(stored.get(ClaimVectors.hash(SENTENCE)));
        assertThat(second.hashes()).hasSize(3);
    }

    @Test
    void aTextIsEncodedWhenFirstAskedForAndTheModelOnlyThen() {
        Claim ten = count("Ten");
        Claim fifty = count("at least 50");
        int[] loads = {0};
        ClaimVectors v = ClaimVectors.of(List.of(ten, fifty), ENCODER.modelName(), () -> {
            loads[0]++;
            return ENCODER;
        }, Map.of());
        assertThat(v.added()).isEmpty();
        assertThat(v.hashes()).hasSize(3);
        assertThat(loads[0]).isZero();

        float[] context = v.context(fifty.id());
        assertThat(v.added()).containsOnlyKeys(ClaimVectors.hash(ClaimTexts.context(fifty)));
        assertThat(v.context(fifty.id())).isSameAs(context);
        assertThat(v.encodeNanos()).isPositive();
        v.encodeAll();
        assertThat(v.added()).hasSize(3);

        // everything stored: the model is never asked for
        ClaimVectors reopened = ClaimVectors.of(List.of(ten, fifty), ENCODER.modelName(), () -> {
            throw new AssertionError("the model was loaded");
        }, v.added());
        reopened.encodeAll();
        assertThat(reopened.contextSimilarity(ten, fifty)).isEqualTo(v.contextSimilarity(ten, fifty));
        assertThat(reopened.added()).isEmpty();
    }

    @Test
    void noVectorsFindsNothing() {
        Claim ten = count("Ten");
        assertThat(ClaimVectors.NONE.sentence(ten.id())).isNull();
        assertThat(ClaimVectors.NONE.contextSimilarity(ten, ten)).isNaN();
    }
}
