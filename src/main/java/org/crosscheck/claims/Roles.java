package org.crosscheck.claims;

import java.util.Set;

import org.crosscheck.nlp.MentionType;

/**
 * Stage: the role of each value among the sentence's values. Needs the drafts in text order with
 * their predicates, and the attributions (a source's count has no role). Provides "from", "to"
 * and "by" for a change ("from more than 5,000 to about 3,000 by the end of the month"), and
 * {@link Claim#ADDED} for a count added to a total the reader already has ("another two").
 */
final class Roles implements Stage {

    /** Words right before a count that make it an addition to a total: "another two", "a further 5". */
    private static final Set<String> ADDITION_WORDS = Set.of("another", "further", "additional");

    @Override
    public void apply(SentenceState s) {
        assignRoles(s);
        markAdditions(s);
    }

    /** "from more than 5,000 to about 3,000 by the end of the month": from, to and by, when a sentence has several values. */
    private static void assignRoles(SentenceState s) {
        SentenceView v = s.view;
        if (s.drafts.size() < 2) {
            return;
        }
        Draft target = null;
        for (Draft d : s.drafts) {
            String prep = v.word(d.begin - 1);
            if (s.attributions.inSpeaker(d.begin)) {
                continue;
            }
            if ((prep.equals("from") || prep.equals("to") || prep.equals("by")) && attachesToPredicate(v, d)) {
                d.role = prep;
                if (prep.equals("to")) {
                    target = d;
                }
            } else if (target != null && d.type == MentionType.DATE && d.begin > target.begin
                    && (prep.equals("in") || prep.equals("before") || prep.equals("until") || prep.equals("within"))
                    && attachesToPredicate(v, d)) {
                d.role = "by"; // "reduce ... to 3,000 in September": when the target is to be reached
            }
        }
    }

    /**
     * Whether the value's preposition belongs to its predicate ("reduce ... to 3,000") rather
     * than to a noun in an aside ("Qeshm island, home to 120,000 people"): no comma between.
     */
    private static boolean attachesToPredicate(SentenceView v, Draft d) {
        if (d.predicate == null) {
            return false;
        }
        for (int i = d.begin - 1; i >= 0; i--) {
            if (v.word(i).equals(",") || v.word(i).equals(";")) {
                return false;
            }
            if (v.isVerb(i) && v.lemma(i).equals(d.predicate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Another two people were killed", "A further 5 ...", "two more bodies were found", "Four
     * other people died": a count added to a total the reader already has, not the total. It is
     * compared only with other additions (role {@link Claim#ADDED}). After another count of the
     * same sentence the words mean "others" ("killing three and injuring dozens more", "two died
     * and another 12 were hurt"): that count is a total of its own.
     */
    private static void markAdditions(SentenceState s) {
        SentenceView v = s.view;
        boolean countBefore = false;
        for (Draft d : s.drafts) {
            if (d.type != MentionType.NUMBER || d.kind != null) {
                continue;
            }
            boolean addedBefore = ADDITION_WORDS.contains(v.word(d.begin - 1));
            String after = v.word(d.end);
            boolean moreAfter = after.equals("more") && !v.word(d.end + 1).equals("than")
                    || after.equals("other") || after.equals("others");
            if (!countBefore && d.role == null && (addedBefore || moreAfter)) {
                d.role = Claim.ADDED;
            }
            countBefore = true;
        }
    }
}
