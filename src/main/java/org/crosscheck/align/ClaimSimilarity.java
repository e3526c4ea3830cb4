package org.crosscheck.align;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.WordNetLexicon;

/**
 * How much evidence two claims from different documents give that they state the same thing.
 * Sameness comes from what is measured (the unit's head noun, through WordNet), the event (the
 * predicate, through WordNet), the subject's other words, shared entities, the role in a
 * from/to/by sentence and the sentences' content words. A shared number or a shared name alone is
 * never enough, and values that disagree need more evidence than values that agree: a
 * disagreement between two claims that are not about one thing is the worst error the table can
 * show, so when in doubt the claims stay apart (SINGLE).
 *
 * <p>Rules, by kind:
 * <ul>
 *   <li>counts and quantities: the same unit (WordNet synonyms or near hypernyms) and either the
 *       same event (predicate) with a shared subject word, entity or some sentence content, or
 *       much the same sentence;</li>
 *   <li>dates, durations, money, percentages: the same event and either the same subject or much
 *       the same sentence;</li>
 *   <li>statements: most content words shared (more when the speakers differ);</li>
 *   <li>values that disagree need, on top: the same predicate, the same subject or sentence (and
 *       no subjects that name different things: "in the province" / "in 13 countries"), a shared
 *       entity or role, and sentences that share some content besides the speaker and figures.</li>
 * </ul>
 */
final class ClaimSimilarity {

    /** Minimum weighted score to group claims whose values agree. */
    static final double AGREE_THRESHOLD = 0.45;
    /** Minimum weighted score to group claims whose values disagree. */
    static final double DISAGREE_THRESHOLD = 0.6;
    /** Sentence overlap that on its own says two claims come from one reported sentence. */
    static final double SAME_SENTENCE = 0.35;
    /** Sentence overlap below which two disagreeing values are not taken to be about one thing. */
    static final double RELATED_SENTENCE = 0.2;
    /** Statement word overlap for one statement; more when it is credited to different speakers. */
    static final double SAME_STATEMENT = 0.4;
    static final double SAME_STATEMENT_OTHER_SPEAKER = 0.6;

    private final WordNetLexicon lexicon;
    /**
     * Each claim's word sets, computed once per alignment run instead of once per pair compared
     * (a claim meets hundreds of others in a large block). Cleared by {@link #forgetWords()}.
     */
    private final Map<Claim, Words> words = Collections.synchronizedMap(new IdentityHashMap<>());

    ClaimSimilarity(WordNetLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Drops the word sets cached for the claims compared so far (at the end of an alignment run). */
    void forgetWords() {
        words.clear();
    }

    private Words words(Claim c) {
        Words w = words.get(c);
        if (w == null) {
            w = new Words(sentenceWords(c), subjectWords(c), ContentWords.of(statementText(c)));
            words.put(c, w);
        }
        return w;
    }

    /** A claim's sentence words (see {@link #sentenceWords}), subject words and statement words. */
    private record Words(Set<String> sentence, Set<String> subject, Set<String> statement) {
    }

    /** The evidence that {@code a} and {@code b} state the same thing. */
    Evidence compare(Claim a, Claim b) {
        if (a.kind() != b.kind() || !ValueCompatibility.comparable(a, b)) {
            return Evidence.NONE;
        }
        boolean roleConflict = a.role() != null && b.role() != null && !a.role().equals(b.role());
        boolean sameRole = a.role() != null && a.role().equals(b.role());
        Words wa = words(a);
        Words wb = words(b);
        double sentence = ContentWords.jaccard(wa.sentence(), wb.sentence());
        boolean sharedEntity = shareEntity(a, b);
        if (a.kind() == ClaimKind.STATEMENT) {
            return statementEvidence(wa.statement(), wb.statement(), sentence, sharedEntity);
        }
        boolean unit = sameUnit(a, b);
        boolean predicate = a.predicate() != null && b.predicate() != null && lexicon.sameVerb(a.predicate(), b.predicate());
        boolean antonyms = !predicate && a.predicate() != null && b.predicate() != null
                && lexicon.antonymVerbs(a.predicate(), b.predicate());
        boolean subject = sameSubject(wa.subject(), wb.subject());
        boolean subjectConflict = !subject && !wa.subject().isEmpty() && !wb.subject().isEmpty();
        double score = 0.3 * (unit ? 1 : 0) + 0.25 * (predicate ? 1 : 0) + 0.2 * (subject ? 1 : 0)
                + 0.1 * (sharedEntity ? 1 : 0) + 0.15 * Math.min(1, sentence * 2) + (sameRole ? 0.1 : 0);
        return new Evidence(a.kind(), Math.min(1, score), unit, looseUnit(a, b), predicate, antonyms, subject,
                subjectConflict, sharedEntity, sameRole, roleConflict, sentence);
    }

    /** Whether the evidence is enough to put the claims in one fact (see the class comment). */
    static boolean canGroup(Evidence e, boolean valuesAgree) {
        if (e == Evidence.NONE || e.roleConflict() || !e.unit()) {
            return false;
        }
        if (e.kind() == ClaimKind.STATEMENT) {
            return e.score() >= (valuesAgree ? SAME_STATEMENT : SAME_STATEMENT_OTHER_SPEAKER);
        }
        boolean counted = e.kind() == ClaimKind.COUNT || e.kind() == ClaimKind.QUANTITY;
        boolean same = counted
                ? e.predicate() && (e.subject() || e.sharedEntity() || e.sentence() >= RELATED_SENTENCE)
                        || e.sentence() >= SAME_SENTENCE
                : e.predicate() && (e.subject() || e.sentence() >= SAME_SENTENCE);
        if (e.looseUnit()) {
            same = e.predicate() && e.sentence() >= RELATED_SENTENCE;
        }
        if (valuesAgree) {
            return same && e.score() >= AGREE_THRESHOLD;
        }
        if (e.looseUnit()) {
            return false; // "one man" and "twelve people" disagree only if they count the same people
        }
        return same && e.score() >= DISAGREE_THRESHOLD && e.predicate() && !e.subjectConflict()
                && (e.subject() || e.sentence() >= SAME_SENTENCE)
                && (e.sharedEntity() || e.sameRole())
                && e.sentence() >= RELATED_SENTENCE;
    }

    /** Whether claims with antonym predicates ("stay" / "leave") are one fact stated with opposite polarity. */
    static boolean canGroupOpposite(Evidence e) {
        return e.antonyms() && e.unit() && !e.roleConflict() && e.subject() && e.sharedEntity()
                && e.sentence() >= SAME_SENTENCE;
    }

    private Evidence statementEvidence(Set<String> wa, Set<String> wb, double sentence, boolean sharedEntity) {
        double overlap = Math.min(wa.size(), wb.size()) >= 3 ? ContentWords.jaccard(wa, wb) : 0;
        boolean same = overlap >= SAME_STATEMENT;
        return new Evidence(ClaimKind.STATEMENT, overlap, true, false, same, false, same, false, sharedEntity, false,
                false, sentence);
    }

    /**
     * A claim's sentence words, without its speaker's words and without numbers: two sentences
     * quoting one agency spokesman with different figures are not alike for that.
     */
    private static Set<String> sentenceWords(Claim c) {
        Set<String> words = new HashSet<>(ContentWords.of(c.sentence()));
        words.removeAll(ContentWords.of(c.speaker()));
        words.removeIf(w -> !w.isEmpty() && Character.isDigit(w.charAt(0)));
        return words;
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
                    || lexicon.genericPeople(ua) && lexicon.genericPeople(ub) || looseUnit(a, b));
            case QUANTITY -> ua != null && ub != null && (ua.equalsIgnoreCase(ub) || lexicon.sameNoun(ua, ub));
            case MONEY -> ua == null || ub == null || ua.equalsIgnoreCase(ub);
            default -> true;
        };
    }

    /** "people" against "villagers": people in general may be the particular people, with more evidence. */
    private boolean looseUnit(Claim a, Claim b) {
        String ua = blankToNull(a.unit());
        String ub = blankToNull(b.unit());
        return a.kind() == ClaimKind.COUNT && ua != null && ub != null && !ua.equalsIgnoreCase(ub)
                && !lexicon.sameNoun(ua, ub) && !(lexicon.genericPeople(ua) && lexicon.genericPeople(ub))
                && (lexicon.genericPeople(ua) && lexicon.namesPeople(ub) || lexicon.genericPeople(ub) && lexicon.namesPeople(ua));
    }

    /**
     * Subjects match on their words other than the unit and the predicate (which are compared on
     * their own): "U.S. troops in Iraq" and "American soldiers in Iraq" share "Iraq"; for dates
     * "close embassy" and "shut embassy" share "embassy".
     */
    private static boolean sameSubject(Set<String> sa, Set<String> sb) {
        if (sa.isEmpty() || sb.isEmpty()) {
            return false;
        }
        return ContentWords.jaccard(sa, sb) >= 0.34 || ContentWords.containment(sa, sb) >= 0.6;
    }

    private static Set<String> subjectWords(Claim c) {
        Set<String> words = new HashSet<>(ContentWords.of(c.subject()));
        words.removeAll(ContentWords.of(c.unit()));
        words.removeAll(ContentWords.of(c.predicate()));
        words.removeAll(ContentWords.of(head(c.subject())));
        return words;
    }

    /** The head word of a subject: its last word before any prepositional tail ("troops" in "U.S. troops in Iraq"). */
    private static String head(String subject) {
        if (subject == null || subject.isBlank()) {
            return "";
        }
        String np = subject.split("\\s+(in|of|at|on|for|from|to|by|with|near)\\s+")[0].strip();
        int space = np.lastIndexOf(' ');
        return space < 0 ? np : np.substring(space + 1);
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
    record Evidence(ClaimKind kind, double score, boolean unit, boolean looseUnit, boolean predicate, boolean antonyms,
                    boolean subject, boolean subjectConflict, boolean sharedEntity, boolean sameRole,
                    boolean roleConflict, double sentence) {
        static final Evidence NONE = new Evidence(null, 0, false, false, false, false, false, false, false, false, true, 0);
    }
}
