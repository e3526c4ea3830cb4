package org.crosscheck.align;

import org.crosscheck.claims.WordNetLexicon;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;

/**
 * How much evidence two claims from different documents give that they state the same thing.
 * Sameness comes from what is measured (the unit's head noun, through WordNet), the event (the
 * predicate, through WordNet), the subject's words, shared entities, the role in a from/to/by
 * sentence and the sentences' content words. A shared number or a shared name alone is never
 * enough, and values that disagree need more evidence than values that agree: a disagreement
 * between two claims that are not about one thing is the worst error the table can show.
 */
final class ClaimSimilarity {

    /** Minimum weighted score to group claims whose values agree. */
    static final double AGREE_THRESHOLD = 0.45;
    /** Minimum weighted score to group claims whose values disagree. */
    static final double DISAGREE_THRESHOLD = 0.6;

    private final WordNetLexicon lexicon;

    ClaimSimilarity(WordNetLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The evidence that {@code a} and {@code b} state the same thing. */
    Evidence compare(Claim a, Claim b) {
        if (a.kind() != b.kind() || !ValueCompatibility.comparable(a, b)) {
            return Evidence.NONE;
        }
        boolean roleConflict = a.role() != null && b.role() != null && !a.role().equals(b.role());
        boolean sameRole = a.role() != null && a.role().equals(b.role());
        double sentence = ContentWords.jaccard(ContentWords.of(a.sentence()), ContentWords.of(b.sentence()));
        boolean sharedEntity = shareEntity(a, b);
        if (a.kind() == ClaimKind.STATEMENT) {
            return statementEvidence(a, b, sentence, sharedEntity);
        }
        boolean unit = sameUnit(a, b);
        boolean predicate = a.predicate() != null && b.predicate() != null && lexicon.sameVerb(a.predicate(), b.predicate());
        boolean antonyms = !predicate && a.predicate() != null && b.predicate() != null
                && lexicon.antonymVerbs(a.predicate(), b.predicate());
        Set<String> sa = ContentWords.of(a.subject());
        Set<String> sb = ContentWords.of(b.subject());
        boolean subject = ContentWords.jaccard(sa, sb) >= 0.34 || ContentWords.containment(sa, sb) >= 0.6
                || sameSubjectHead(a, b);
        double score = 0.3 * (unit ? 1 : 0) + 0.25 * (predicate ? 1 : 0) + 0.2 * (subject ? 1 : 0)
                + 0.1 * (sharedEntity ? 1 : 0) + 0.15 * Math.min(1, sentence * 2) + (sameRole ? 0.1 : 0);
        return new Evidence(Math.min(1, score), unit, predicate, antonyms, subject, sharedEntity, sameRole, roleConflict,
                sentence);
    }

    /**
     * Whether the evidence is enough to put the claims in one fact. Agreeing values need a matching
     * unit and one of predicate, subject or sentence; disagreeing values need unit, predicate and
     * subject (or a near-identical sentence) and an anchor: a shared entity or the same role.
     */
    static boolean canGroup(Evidence e, boolean valuesAgree) {
        if (e == Evidence.NONE || e.roleConflict() || !e.unit()) {
            return false;
        }
        if (valuesAgree) {
            return e.score() >= AGREE_THRESHOLD && (e.predicate() || e.subject() || e.sentence() >= 0.3);
        }
        return e.score() >= DISAGREE_THRESHOLD && e.predicate()
                && (e.subject() || e.sentence() >= 0.3)
                && (e.sharedEntity() || e.sameRole());
    }

    /** Whether claims with antonym predicates ("stay" / "leave") are one fact stated with opposite polarity. */
    static boolean canGroupOpposite(Evidence e) {
        return e.antonyms() && e.unit() && !e.roleConflict() && e.subject() && e.sharedEntity() && e.sentence() >= 0.3;
    }

    private Evidence statementEvidence(Claim a, Claim b, double sentence, boolean sharedEntity) {
        Set<String> wa = ContentWords.of(statementText(a));
        Set<String> wb = ContentWords.of(statementText(b));
        double overlap = Math.max(ContentWords.jaccard(wa, wb), ContentWords.containment(wa, wb) * 0.9);
        boolean same = overlap >= 0.5 && Math.min(wa.size(), wb.size()) >= 3;
        double score = same ? Math.min(1, 0.5 + overlap / 2) : overlap / 2;
        return new Evidence(score, true, same, false, same, sharedEntity, false, false, sentence);
    }

    static String statementText(Claim c) {
        if (c.value() != null && c.value().statement() != null) {
            return c.value().statement();
        }
        return c.valueText();
    }

    private boolean sameUnit(Claim a, Claim b) {
        String ua = blankToNull(a.unit());
        String ub = blankToNull(b.unit());
        return switch (a.kind()) {
            case COUNT -> ua != null && ub != null && (ua.equalsIgnoreCase(ub) || lexicon.sameNoun(ua, ub)
                    || (lexicon.genericPeople(ua) && lexicon.namesPeople(ub))
                    || (lexicon.genericPeople(ub) && lexicon.namesPeople(ua)));
            case QUANTITY -> ua != null && ub != null && (ua.equalsIgnoreCase(ub) || lexicon.sameNoun(ua, ub));
            case MONEY -> ua == null || ub == null || ua.equalsIgnoreCase(ub);
            default -> true;
        };
    }

    private boolean sameSubjectHead(Claim a, Claim b) {
        String ha = head(a.subject());
        String hb = head(b.subject());
        return ha != null && hb != null && (ha.equals(hb) || lexicon.sameNoun(ha, hb));
    }

    /** The last word of a subject before any prepositional tail: "U.S. troops in Iraq" -> "troops". */
    private static String head(String subject) {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        String s = subject.toLowerCase(Locale.ROOT).split("\\s+(in|of|at|on|for|from|to|by|with|near)\\s+")[0];
        String[] words = s.trim().split("\\s+");
        String last = words[words.length - 1].replaceAll("[^\\p{L}]", "");
        return last.isEmpty() ? null : last;
    }

    private static boolean shareEntity(Claim a, Claim b) {
        if (a.entityIds().isEmpty() || b.entityIds().isEmpty()) {
            return false;
        }
        Set<String> ids = new HashSet<>(a.entityIds());
        for (String id : b.entityIds()) {
            if (ids.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The pieces of evidence and their weighted score in [0, 1]. */
    record Evidence(double score, boolean unit, boolean predicate, boolean antonyms, boolean subject,
                    boolean sharedEntity, boolean sameRole, boolean roleConflict, double sentence) {
        static final Evidence NONE = new Evidence(0, false, false, false, false, false, false, true, 0);
    }
}
