package org.crosscheck.align;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.claims.Claim;

/**
 * How much two statements say in the same words: the share of content words, or for short quotes
 * (mostly function words) the words in order. Two quotes in other words are one only when one
 * speaker could have said both as one remark, reworded or translated: much the same words in order
 * ("bring every one of them home" / "bring all of them home") or much the same content. Word sets
 * are read once per claim: statements are compared many times in one alignment.
 */
final class StatementWords {

    /** Word similarity at which two quotes in other words are one remark reworded. */
    static final double SAME_QUOTE = 0.6;
    /** Fewest content words a statement needs for its word share to mean anything. */
    private static final int MIN_CONTENT_WORDS = 3;

    private final Map<Claim, Set<String>> contentWords = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Claim, List<String>> wordOrder = Collections.synchronizedMap(new IdentityHashMap<>());

    /** The words the statement says (its quote or reported clause), or its value as written. */
    static String text(Claim c) {
        if (c.value() != null && c.value().statement() != null) {
            return c.value().statement();
        }
        return c.valueText();
    }

    /** The overlap of the two statements' words in [0, 1]; 0 for quotes of two speakers in other words. */
    double overlap(Claim a, Claim b) {
        Set<String> wa = contentWords.computeIfAbsent(a, c -> ContentWords.of(text(c)));
        Set<String> wb = contentWords.computeIfAbsent(b, c -> ContentWords.of(text(c)));
        double overlap = Math.min(wa.size(), wb.size()) >= MIN_CONTENT_WORDS ? ContentWords.jaccard(wa, wb) : 0;
        List<String> qa = wordOrder.computeIfAbsent(a, c -> QuoteWords.masked(QuoteWords.of(text(c))));
        List<String> qb = wordOrder.computeIfAbsent(b, c -> QuoteWords.masked(QuoteWords.of(text(c))));
        // words in order count as long as the quotes share some content (two words, or half of the
        // shorter's): "change the face of British politics" and "the resurrection of the British
        // Empire" share "the", "of", "British"
        int shared = ContentWords.shared(wa, wb);
        if (Math.min(qa.size(), qb.size()) >= QuoteWords.MIN_WORDS
                && (shared >= 2 || 2 * shared >= Math.min(wa.size(), wb.size()))) {
            overlap = Math.max(overlap, QuoteWords.similarity(qa, qb));
        }
        // two people quoted in other words said two things, as did one player quoted on two wishes
        // that share "Real Madrid"
        if (FactComparer.isQuote(a) && FactComparer.isQuote(b) && !QuoteWords.sameWording(qa, qb)
                && (!FactComparer.sameSpeaker(a.speaker(), b.speaker())
                        || ContentWords.jaccard(wa, wb) < SAME_QUOTE && QuoteWords.similarity(qa, qb) < SAME_QUOTE)) {
            return 0;
        }
        return overlap;
    }
}
