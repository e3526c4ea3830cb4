package org.crosscheck.align;

import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.WordNetLexicon;

/**
 * The conflicts {@link ClaimSimilarity} reads from the claims' own words, as vetoes: roles of one
 * sentence, counts placed in different named places ("troops in Iraq" / "in Syria"), figures of
 * other years or months, things named by other codes ("A321" / "A320"), other counted nouns (not
 * "people" for "villagers" unless the figures agree), and for rival values events in two places
 * ("released in the UK" / "in the US"), subjects that name different things, or nothing in common
 * but the measure; and counts of a report's sources
 * ("two officials said") unless the reports say one thing.
 */
final class ClaimConflictRule implements PairRule {

    private final ClaimSimilarity similarity;
    private final WordNetLexicon lexicon;
    private final StoryFigures figures;

    ClaimConflictRule(ClaimSimilarity similarity, WordNetLexicon lexicon, StoryFigures figures) {
        this.similarity = similarity;
        this.lexicon = lexicon;
        this.figures = figures;
    }

    @Override
    public String veto(ClaimFrame a, ClaimFrame b) {
        ClaimSimilarity.Evidence e = similarity.compare(a.claim(), b.claim());
        if (e == ClaimSimilarity.Evidence.NONE) {
            return "incomparable";
        }
        ClaimKind kind = a.claim().kind();
        boolean agree = ValueCompatibility.compatible(a.claim(), b.claim())
                && ValueCompatibility.sameMagnitude(a.claim(), b.claim());
        // places read from subjects are often a region and a town in it ("quake in Bener Meriah
        // district" / "earthquake in Indonesia"): much the same figure of one measure overrules them
        boolean sameFigure = agree && ValueCompatibility.sameFigure(a.claim(), b.claim()) && !a.measure().isOpen()
                && !b.measure().isOpen() && kind != ClaimKind.DATE;
        // places read from subjects say little of one person's happening ("fell 200 metres" of a climber
        // "who had been living in Melbourne" / "fell 150 metres at Mt Cook"): whose it is decides
        boolean onePerson = !java.util.Collections.disjoint(a.people(), b.people());
        if (e.roleConflict() || e.placeConflict() && !sameFigure && !onePerson || e.periodConflict()) {
            return "other role, place or period";
        }
        if (!e.unit() && !(agree && bothPeople(a, b))) {
            return "other units";
        }
        boolean dated = kind == ClaimKind.DATE;
        // much the same sum of money is one amount whatever noun each report hangs it on ("jewellery worth
        // €2 million" / "an estimated €2 million" of "luxury watches"); rival sums need their subjects to fit
        boolean sameSum = kind == ClaimKind.MONEY && agree;
        if (!dated && kind != ClaimKind.COUNT && kind != ClaimKind.QUANTITY && e.subjectConflict() && !sameSum) {
            return "subjects name different things";
        }
        // the sources of a report counted ("two officials said") meet only when they report one thing
        if ((FactComparer.countsSources(a.claim()) || FactComparer.countsSources(b.claim())) && !e.sourcesOfOneReport()) {
            return "sources of other reports";
        }
        return null;
    }

    /**
     * Rival values need more than the measure in common (decision 0008): what this rule asks of a
     * pair before its values may be set against each other. Unlike the conflicts above, a missing
     * piece of evidence only keeps the pair from linking; a fact may still hold both through
     * others ("seven villages" in two reports, "about 15" in a third).
     */
    String rivalWithoutEvidence(ClaimFrame a, ClaimFrame b) {
        ClaimSimilarity.Evidence e = similarity.compare(a.claim(), b.claim());
        boolean agree = ValueCompatibility.compatible(a.claim(), b.claim())
                && ValueCompatibility.sameMagnitude(a.claim(), b.claim());
        boolean dated = a.claim().kind() == ClaimKind.DATE;
        // a loose unit ("residents" / "people") says little once both measures are read as one ("a population")
        boolean sameMeasure = !a.measure().isOpen() && !b.measure().isOpen() && a.measure().equals(b.measure());
        boolean onePerson = !java.util.Collections.disjoint(a.people(), b.people());
        if (!agree && (e.looseUnit() && !sameMeasure || e.placesDiffer() && !onePerson || !dated && e.subjectConflict())) {
            return "rivals of loosely alike things";
        }
        // rival dates of what two sentences tell of other people ("Pompeo notified Kadhimi on Saturday" /
        // "Pompeo warned Salih on September 20") are two happenings more often than one disputed date
        if (!agree && dated && eachNamesSomeoneElse(a, b)) {
            return "rivals about other people";
        }
        if (!agree && !(e.sharedEntity() || !java.util.Collections.disjoint(a.people(), b.people()) || e.subject() || e.sentence() >= ClaimSimilarity.RELATED_SENTENCE
                || ContentWords.jaccard(a.words().context(), b.words().context()) >= ClaimSimilarity.RELATED_SENTENCE
                || figures.onlyCandidate(a, b) && figures.onlyCandidate(b, a))) {
            return "rivals with nothing else in common";
        }
        return null;
    }

    private static boolean eachNamesSomeoneElse(ClaimFrame a, ClaimFrame b) {
        return !b.people().containsAll(a.people()) && !a.people().containsAll(b.people());
    }

    /** Both count people, and not the people of two places ("Congolese" / "Rwandans"). */
    private boolean bothPeople(ClaimFrame a, ClaimFrame b) {
        String ua = a.claim().unit();
        String ub = b.claim().unit();
        return ua != null && ub != null && lexicon.namesPeople(ua) && lexicon.namesPeople(ub)
                && !(lexicon.demonym(ua) && lexicon.demonym(ub));
    }
}
