package org.crosscheck.claims;

import java.util.Comparator;
import java.util.Locale;

import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.Quantity;

/**
 * Stage: counts of people written without a noun. Needs the drafts with the units
 * {@link CountedUnits} found. Provides, for a figure no noun follows, people as its unit where the
 * clause says what happened to them ({@link CasualtyWords}): the subject of a casualty word ("50
 * were injured", "seven died") or the object of a casualty verb ("which he said killed seven",
 * "injuring 80"); where it counts the members of a group ("There were four in the climbing
 * party"); and a count of zero for each casualty word a negative subject is counted by ("no one
 * was killed or injured", "there were no dead or wounded").
 */
final class PeopleCounts implements Stage {

    private static final String PERSON = "person";

    private final WordNetLexicon lexicon;

    PeopleCounts(WordNetLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void apply(SentenceState s) {
        for (Draft d : s.drafts) {
            if (d.type == MentionType.NUMBER && d.kind == null && d.unit == null && !d.measured && d.indefiniteHead < 0) {
                if (!subjectOfACasualty(s, d) && !objectOfACasualty(s, d)) {
                    membersOfAGroup(s, d);
                }
            }
        }
        zeroCounts(s);
        s.drafts.sort(Comparator.comparingInt(d -> d.begin));
    }

    /** "50 were injured", "seven died", "12 had been killed": people the casualty word after the figure counts. */
    private static boolean subjectOfACasualty(SentenceState s, Draft d) {
        int k = CasualtyWords.stateAfter(s.view, d.end);
        if (k < 0) {
            return false;
        }
        countPeople(s, d, CasualtyWords.event(s.view, k));
        return true;
    }

    /** "which he said killed seven", "injuring 80": the figure is what the casualty verb before it did to people. */
    private static boolean objectOfACasualty(SentenceState s, Draft d) {
        int verb = CasualtyWords.verbBefore(s.view, d.begin);
        if (verb < 0) {
            return false;
        }
        countPeople(s, d, s.view.lemma(verb));
        return true;
    }

    private static void countPeople(SentenceState s, Draft d, String event) {
        d.unit = PERSON;
        d.predicate = event;
        d.subject = "people " + CasualtyWords.stateWord(event) + UnitNaming.placeInSentence(s.view, -1);
    }

    /**
     * "There were four in the climbing party": a figure that only says how many a group of people
     * holds (its verb is "be" or "have") counts the group's members.
     */
    private boolean membersOfAGroup(SentenceState s, Draft d) {
        SentenceView v = s.view;
        boolean being = Lexicons.AUXILIARIES.contains(v.lemma(d.begin - 1))
                || d.predicate == null || Lexicons.AUXILIARIES.contains(d.predicate);
        if (!v.word(d.end).equals("in") || !being) {
            return false;
        }
        int k = d.end + 1;
        if (!v.pos(k).equals("DT") && !v.pos(k).equals("PRP$")) {
            return false;
        }
        k++;
        while (v.pos(k).startsWith("JJ") || v.pos(k).equals("VBG") || v.isCommonNoun(k) && v.isCommonNoun(k + 1)) {
            k++;
        }
        String group = v.lemma(k).toLowerCase(Locale.ROOT);
        if (!v.isCommonNoun(k) || !lexicon.namesOrganization(group) || v.ner(k).equals("LOCATION")) {
            return false;
        }
        d.unit = PERSON;
        d.subject = "people " + v.text(d.end, k + 1);
        d.predicate = "be"; // "the climbing party" names no event the figure hangs on
        return true;
    }

    /** "no one was killed or injured", "there were no dead or wounded", "no deaths": zero, once for each casualty word. */
    private static void zeroCounts(SentenceState s) {
        SentenceView v = s.view;
        for (int i = s.datelineEnd; i < v.size(); i++) {
            if (s.covered(i)) {
                continue;
            }
            int first = -1;
            String two = v.word(i) + " " + v.word(i + 1);
            if (Lexicons.NEGATIVE_SUBJECTS.contains(two)) {
                first = CasualtyWords.stateAfter(v, pastAWhole(v, i + 2));
            } else if (Lexicons.NEGATIVE_SUBJECTS.contains(v.word(i))) {
                first = CasualtyWords.stateAfter(v, pastAWhole(v, i + 1));
            } else if (v.word(i).equals("no") && v.pos(i).equals("DT") && casualty(v, i + 1) != null) {
                first = i + 1; // "no dead or wounded", "no deaths were reported"
            }
            int start = i;
            for (int k = first; k >= 0; k = nextCoordinated(v, k)) {
                Draft d = new Draft(MentionType.NUMBER, null, start, start, k + 1);
                d.kind = ClaimKind.COUNT;
                d.value = Quantity.exact(0, ""); // as a figure without its noun reads
                String event = casualty(v, k);
                d.predicate = event;
                d.unit = PERSON;
                d.subject = "people " + CasualtyWords.stateWord(event) + UnitNaming.placeInSentence(v, -1);
                s.drafts.add(d);
                i = k;
            }
        }
    }

    /** "none of the passengers were hurt": past the whole a negative subject is a part of. */
    private static int pastAWhole(SentenceView v, int k) {
        if (!v.word(k).equals("of")) {
            return k;
        }
        k++;
        while (v.pos(k).equals("DT") || v.pos(k).equals("PRP$") || v.pos(k).startsWith("JJ") || v.isNoun(k)) {
            k++;
        }
        return k;
    }

    /** The event of a casualty word or noun at {@code k} ("wounded", "deaths", "injuries"), or null. */
    private static String casualty(SentenceView v, int k) {
        String event = CasualtyWords.event(v, k);
        return event != null ? event : v.isNoun(k) ? Lexicons.CASUALTY_NOUNS.get(v.lemma(k).toLowerCase(Locale.ROOT)) : null;
    }

    /** The next casualty word joined to the one at {@code k} by "or", "and", "nor" ("killed or injured"), or -1. */
    private static int nextCoordinated(SentenceView v, int k) {
        String joiner = v.word(k + 1);
        boolean joined = joiner.equals("or") || joiner.equals("and") || joiner.equals("nor") || joiner.equals(",");
        return joined && casualty(v, k + 2) != null ? k + 2 : -1;
    }
}
