package org.crosscheck.claims;

import java.util.Optional;
import java.util.Set;

import org.crosscheck.normalize.Hedge;
import org.crosscheck.normalize.NumberNormalizer;
import org.crosscheck.normalize.Quantity;

/**
 * Quantifier phrases without digits ("a few", "several hundred", "tens of thousands"), as the
 * number normaliser reads them: vague quantities. {@link ValueMentions} joins them to the number
 * after them, {@link CountsWithoutDigits} finds the ones the tagger left untagged.
 */
final class Quantifiers {

    /** First words of quantifier phrases without digits ("a few", "several hundred", "thousands"). */
    static final Set<String> VAGUE_STARTS = Set.of("a", "several", "few", "dozens", "scores", "hundreds", "thousands",
            "tens", "millions");

    /** Words that can follow a quantifier's first word inside it ("several hundred", "tens of thousands"). */
    private static final Set<String> QUANTIFIER_WORDS = Set.of("of", "few", "couple", "handful", "dozen", "hundred",
            "hundreds", "thousand", "thousands", "million", "millions", "dozens", "score", "scores");

    private final NumberNormalizer numbers;

    Quantifiers(NumberNormalizer numbers) {
        this.numbers = numbers;
    }

    /** Whether tokens {@code [from, to)} read as a vague quantity ("a few injured", "several hundred"). */
    boolean isVagueQuantity(SentenceView v, int from, int to) {
        Optional<Quantity> q = numbers.normalize(v.text(from, to));
        return q.isPresent() && q.get().hedge() == Hedge.VAGUE;
    }

    /** A vague quantity read from quantifier words alone ("several hundred"), not from "several residents". */
    boolean isQuantifierOnly(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!VAGUE_STARTS.contains(v.word(k)) && !QUANTIFIER_WORDS.contains(v.word(k))) {
                return false; // "several villages," and "thousands more in" are not quantifiers alone
            }
        }
        Optional<Quantity> q = numbers.normalize(v.text(from, to));
        return q.isPresent() && q.get().hedge() == Hedge.VAGUE
                && (q.get().unit() == null || q.get().unit().isBlank());
    }
}
