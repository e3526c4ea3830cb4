package org.crosscheck.align;

import java.util.Locale;
import java.util.regex.Pattern;

import org.crosscheck.claims.Claim;
import org.crosscheck.project.MentionRecord;

/**
 * Whether a mention stands in the clause of a claim's value: a date or a name in another clause
 * ("a region devastated by the tsunami of 2004", "Buckley's death came a day after Rait was
 * killed") belongs to another event than the value's.
 */
final class ClaimClauses {

    /** What ends a clause between a mention and a value: punctuation, a relative pronoun or a conjunction of time. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[,;:(\u2014\u2013]| (?:which|who|whom|where|when|while|since|after|before|as|that|and|but) ");
    /** How far into its sentence a mention still opens it ("In December 2003, ..."). */
    private static final int OPENING = 12;

    private ClaimClauses() {
    }

    /** Whether nothing that ends a clause stands between the mention and the claim's value. */
    static boolean sameClause(Claim c, MentionRecord m) {
        String sentence = c.sentence();
        int from = Math.min(m.end(), c.end()) - c.sentenceStart();
        int to = Math.max(m.start(), c.start()) - c.sentenceStart();
        if (sentence == null || from < 0 || to > sentence.length() || from > to) {
            return true;
        }
        String between = " " + sentence.substring(from, to).toLowerCase(Locale.ROOT) + " ";
        return !CLAUSE_BREAK.matcher(between).find();
    }

    /** Whether the mention opens the sentence, before the value ("In December 2003, the city of Bam was razed ..."). */
    static boolean opensSentence(Claim c, MentionRecord m) {
        int at = m.start() - c.sentenceStart();
        return at >= 0 && at <= OPENING && m.start() < c.start();
    }
}
