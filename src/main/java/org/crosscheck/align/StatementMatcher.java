package org.crosscheck.align;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.WordNetLexicon;
import org.crosscheck.semantic.ClaimVectors;

/**
 * Whether two statements from different reports are one fact, and how strongly: "what someone said".
 * One remark: the same words ({@link StatementWords}), or words that mean the same from one speaker,
 * reworded or translated (their vectors' cosine at least {@link #SAME_REMARK}). One act of speech:
 * one speaker (the same entity) denying, confirming, warning... in much alike sentences, whatever
 * words each outlet puts in the speaker's mouth ("denied they carried out the strike" / "denied any
 * links to the raid"). Statements of two speakers named as different entities are two facts, unless
 * their words are the same (one remark credited to two people: an attribution dispute).
 */
final class StatementMatcher {

    /** Word overlap at which one speaker's two statements are one remark. */
    static final double SAME_STATEMENT = 0.4;
    /** Word overlap at which two speakers' statements are one remark (credited differently). */
    static final double SAME_STATEMENT_OTHER_SPEAKER = 0.6;
    /**
     * Cosine of two statements' word vectors at which, credited to one speaker, they are one remark
     * reworded or translated (decision 0012: one remark in other words 0.82-0.99, two remarks of one
     * speaker at most 0.69).
     */
    static final double SAME_REMARK = 0.8;
    /**
     * Cosine of two sentences at which one speaker's same act of speech ("denied") is one act: the
     * sentences tell who did what to whom, whatever the words of the denial.
     */
    static final double SAME_ACT = 0.4;
    private static final Set<String> NEUTRAL_VERBS = ContentWords.loadList("/models/align/neutral-speech-verbs.txt");

    private final StatementWords words = new StatementWords();
    private final WordNetLexicon lexicon;
    private final ClaimVectors vectors;

    StatementMatcher(WordNetLexicon lexicon, ClaimVectors vectors) {
        this.lexicon = lexicon;
        this.vectors = vectors;
    }

    /** The pair's link in [0, 1]: 0 when nothing shows them to be one statement. */
    double link(ClaimFrame a, ClaimFrame b) {
        boolean oneSpeaker = oneSpeaker(a, b);
        // one speaker's statements with different figures ("seven died" / "nine died") need the words of one remark
        boolean agree = oneSpeaker && !ValueCompatibility.differentFigures(a.claim(), b.claim());
        double overlap = words.overlap(a.claim(), b.claim());
        if (overlap >= (agree ? SAME_STATEMENT : SAME_STATEMENT_OTHER_SPEAKER)) {
            return overlap;
        }
        if (!oneSpeaker) {
            return 0;
        }
        double meaning = known(vectors.contextSimilarity(a.claim(), b.claim()));
        if (meaning >= SAME_REMARK && namedAlike(a, b)) {
            return meaning;
        }
        double sentences = known(vectors.sentenceSimilarity(a.claim(), b.claim()));
        return sameAct(a.claim(), b.claim()) && sharedSpeaker(a, b) && sentences >= SAME_ACT ? sentences : 0;
    }

    /**
     * Whether the speakers may be one: the same entity when both name entities, else names that
     * share a word, or a speaker not named ("officials").
     */
    static boolean oneSpeaker(ClaimFrame a, ClaimFrame b) {
        if (!a.speakers().isEmpty() && !b.speakers().isEmpty()) {
            return !Collections.disjoint(a.speakers(), b.speakers());
        }
        return FactComparer.sameSpeaker(a.claim().speaker(), b.claim().speaker());
    }

    /** Both speakers named as one entity: what one act of speech needs. */
    private static boolean sharedSpeaker(ClaimFrame a, ClaimFrame b) {
        return !Collections.disjoint(a.speakers(), b.speakers());
    }

    /** Both speakers named: one remark reworded needs someone it is credited to. */
    private static boolean namedAlike(ClaimFrame a, ClaimFrame b) {
        return sharedSpeaker(a, b) || present(a.claim().speaker()) && present(b.claim().speaker());
    }

    /** The same act of speech that is more than passing words on: "denied" / "denied", "accused" / "blamed". */
    private boolean sameAct(Claim a, Claim b) {
        String x = actOfSpeech(lexicon, a);
        String y = actOfSpeech(lexicon, b);
        return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || lexicon.sameVerb(x, y));
    }

    /** The verb of a statement when it names an act of its own ("deny", "confirm"), not only saying ("say", "tell"); else "". */
    static String actOfSpeech(WordNetLexicon lexicon, Claim c) {
        String verb = present(c.predicate()) ? lexicon.verbLemma(c.predicate().strip().toLowerCase(Locale.ROOT)) : "";
        return NEUTRAL_VERBS.contains(verb) ? "" : verb;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static double known(double cosine) {
        return Double.isNaN(cosine) ? 0 : cosine;
    }
}
