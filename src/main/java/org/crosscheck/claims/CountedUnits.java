package org.crosscheck.claims;

import java.util.Optional;

import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.NumberNormalizer;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.Units;

/**
 * Stage: what each count counts. Needs the drafts in text order with their predicates and roles.
 * Provides each count's unit and subject: the counted noun after the number ("5,000 U.S. troops
 * in Iraq"), a nationality ("two Britons"), people in a state ("12 dead"), else the figure's noun
 * before it ({@link UnitsBeforeValue}); a unit cut from the digits ("46.9C") joins the value. In
 * "from 5,000 to 3,000 troops" the first number then counts what the second does.
 */
final class CountedUnits implements Stage {

    private final NumberNormalizer numbers;
    private final WordNetLexicon lexicon;
    private final UnitNaming naming;
    private final UnitsBeforeValue before;

    CountedUnits(NumberNormalizer numbers, WordNetLexicon lexicon) {
        this.numbers = numbers;
        this.lexicon = lexicon;
        this.naming = new UnitNaming(lexicon);
        this.before = new UnitsBeforeValue(naming);
    }

    @Override
    public void apply(SentenceState s) {
        for (Draft d : s.drafts) {
            resolveUnit(s, d);
        }
        for (Draft d : s.drafts) {
            // a unit read off the noun after the partner's number beats one guessed from the object
            if (d.headWord == null && d.role != null && d.type == MentionType.NUMBER && d.kind == null) {
                for (Draft other : s.drafts) {
                    if (other != d && other.headWord != null && other.role != null && other.type == MentionType.NUMBER) {
                        d.unit = other.unit;
                        d.subject = other.subject;
                        break;
                    }
                }
            }
        }
    }

    /** The counted noun after the number ("5,000 U.S. troops in Iraq"), else the figure's noun before it. */
    private void resolveUnit(SentenceState s, Draft d) {
        SentenceView v = s.view;
        if (d.type != MentionType.NUMBER || d.kind != null || d.measured || unitCutFromDigits(v, d)) {
            return;
        }
        if (d.indefiniteHead >= 0) {
            d.unit = UnitNaming.unitOf(v, d.indefiniteHead);
            d.subject = v.text(d.begin + 1, d.indefiniteHead + 1) + UnitNaming.tail(v, d.indefiniteHead + 1);
            return;
        }
        if (moreOfAnEarlierCount(s, d) || nounAfter(s, d) || peopleInAState(v, d)) {
            return;
        }
        before.read(s, d);
    }

    /**
     * "46.9C", "2.5pc": the tokenizer cut a unit written together with its digits into a token of
     * its own, which would pass for the thing measured. It is part of the value (the normaliser
     * reads it); what the value measures comes from its clause, as for any measure.
     */
    private boolean unitCutFromDigits(SentenceView v, Draft d) {
        int k = d.end;
        if (k >= v.size() || v.startOf(k) != v.endOf(k - 1) || Units.measureOfWord(v.word(k)).isEmpty()) {
            return false;
        }
        int end = v.word(k + 1).equals("/") && v.word(k + 2).matches("h|hr|hour") ? k + 3 : k + 1;
        Optional<Quantity> q = numbers.normalize(v.text(d.valueBegin, end));
        if (q.isEmpty() || !Units.isMeasure(q.get().unit())) {
            return false;
        }
        d.end = end;
        d.measured = true;
        return true;
    }

    /** "killed 170,000 people ... and tens of thousands more": the count before it in the sentence. */
    private static boolean moreOfAnEarlierCount(SentenceState s, Draft d) {
        SentenceView v = s.view;
        if (!v.word(d.end).equals("more") || v.isNoun(d.end + 1)) {
            return false;
        }
        for (Draft earlier : s.drafts) {
            if (earlier != d && earlier.begin < d.begin && earlier.unit != null && earlier.type == MentionType.NUMBER) {
                d.unit = earlier.unit;
                d.subject = earlier.headWord != null ? earlier.headWord + UnitNaming.tail(v, d.end + 1) : earlier.subject;
            }
        }
        return d.unit != null;
    }

    /** The noun after the count, past "of" ("dozens of people") or the whole a part is counted of. */
    private boolean nounAfter(SentenceState s, Draft d) {
        SentenceView v = s.view;
        int k = d.end;
        if (v.word(k).equals("of") && (d.vague || d.mention != null && d.mention.text().matches("(?i).*[a-z]s"))) {
            k++; // "dozens of people"
        } else if (v.word(k).equals("of") && (v.pos(k + 1).equals("DT") || v.pos(k + 1).equals("PRP$")
                || v.pos(k + 2).equals("POS"))) {
            // a part of a whole, "1,800 of the new arrivals", "162 of parliament's 300 seats": the whole's noun
            k = pastTheWholesDeterminers(v, k + 1);
            if (partOfPeopleInAState(s, d, k)) {
                return true;
            }
        }
        return countedNoun(s, d, k);
    }

    /** The first token after the determiners, figures and possessors of a whole ("of parliament's 300 seats"). */
    private static int pastTheWholesDeterminers(SentenceView v, int k) {
        while (v.pos(k).equals("DT") || v.pos(k).equals("PRP$") || v.pos(k).equals("CD") || v.pos(k).equals("POS")
                || v.isNoun(k) && v.pos(k + 1).equals("POS")) {
            k++;
        }
        return k;
    }

    /** "at least 25 of the injured": people in that state, a part of them counted by what the part did. */
    private static boolean partOfPeopleInAState(SentenceState s, Draft d, int k) {
        SentenceView v = s.view;
        String event = Lexicons.CASUALTY_STATES.get(v.word(k));
        if (event == null || v.isNoun(k + 1)) {
            return false;
        }
        boolean countedWhole = false;
        for (int t = d.end + 1; t < k; t++) {
            countedWhole |= v.pos(t).equals("CD");
        }
        d.unit = "person";
        d.subject = "people " + v.word(k) + UnitNaming.tail(v, k + 1);
        // "30 of the 80 wounded remained in hospital": a part of a counted whole is not the
        // whole's toll; it is counted by what the part did
        String own = countedWhole ? Predicates.of(s, d.begin, k + 1) : null;
        d.predicate = own != null ? own : event;
        if (own != null) {
            d.subject = d.subject + " (part of " + v.text(d.end + 1, k + 1) + ")";
        }
        return true;
    }

    /** The counted noun phrase from token {@code k} ("U.S. troops", "km/h"), or a nationality ("3,400 Congolese"). */
    private boolean countedNoun(SentenceState s, Draft d, int k) {
        SentenceView v = s.view;
        int first = k;
        int head = -1;
        // "about 50 hurt": a casualty word, even when tagged a noun, is read below
        boolean casualtyWord = Lexicons.CASUALTY_STATES.containsKey(v.word(k)) && !v.isNoun(k + 1);
        while (!casualtyWord && k < v.size() && (v.pos(k).startsWith("JJ") || v.isNoun(k) || v.pos(k).equals("HYPH")
                || (v.pos(k).equals("VBN") || v.pos(k).equals("VBG") || v.pos(k).equals("VBD")) && v.isNoun(k + 1))) {
            if (v.isNoun(k)) {
                head = k;
            }
            k++;
            if (head >= 0 && !v.isNoun(k)) {
                break;
            }
        }
        if (head >= 0 && v.word(head + 1).equals("/") && v.word(head + 2).matches("(?i)h|hr|hour")) {
            head += 2; // "195 km/h": a speed, the whole unit
        }
        if (head >= 0) {
            naming.setUnit(s, d, first, head);
            d.headWord = v.text(first, head + 1);
            return true;
        }
        for (int j = first; j < k; j++) {
            if (v.ner(j).equals("MISC") && !v.isCommonNoun(j + 1) && lexicon.namesPeople(v.lemma(j))) {
                // a nationality counts people: "3,400 Congolese fled", "two Britons"
                d.unit = UnitNaming.unitOf(v, j);
                d.subject = v.text(first, j + 1) + UnitNaming.placeInSentence(v, j + 1);
                d.headWord = v.text(first, j + 1);
                return true;
            }
        }
        return false;
    }

    /** "12 dead", "a few injured": people in that state, counted by the event that put them there. */
    private static boolean peopleInAState(SentenceView v, Draft d) {
        String event = Lexicons.CASUALTY_STATES.get(v.word(d.end));
        if (event == null || v.isNoun(d.end + 1)) {
            return false;
        }
        d.unit = "person";
        d.subject = "people " + v.word(d.end) + UnitNaming.placeInSentence(v, -1);
        d.predicate = event;
        return true;
    }
}
