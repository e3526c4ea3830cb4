package org.crosscheck.claims;

import java.util.Set;

import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.Units;

/**
 * Writes a count's unit and subject from the noun phrase that names what is counted: the unit in
 * the normaliser's form, the subject as written with a short place tail ("troops in Iraq").
 * Used by {@link CountedUnits} and {@link UnitsBeforeValue}.
 */
final class UnitNaming {

    private final WordNetLexicon lexicon;

    UnitNaming(WordNetLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The counted noun in the normaliser's form ("troops" -> "troop", "people" -> "person"). */
    static String unitOf(SentenceView v, int i) {
        String unit = Units.singularNoun(v.word(i));
        return unit.equals("other") ? "person" : unit; // "fourteen others were wounded": people, as in news
    }

    /**
     * Sets the draft's unit and subject from the noun phrase {@code [first, head]}: a figure noun
     * counts what it names ("the number of troops", "death toll"), or, alone, the article's last count.
     */
    void setUnit(SentenceState s, Draft d, int first, int head) {
        SentenceView v = s.view;
        int unitToken = head;
        if (Lexicons.MEASURE_WORDS.contains(v.lemma(head)) && v.word(head + 1).equals("of")) {
            // "the number of troops" counts troops
            int k = head + 2;
            while (k < v.size() && (v.pos(k).startsWith("JJ") || v.pos(k).startsWith("NNP") || v.pos(k).equals("DT"))) {
                k++;
            }
            if (v.isCommonNoun(k)) {
                d.unit = unitOf(v, k);
                d.subject = v.text(first, k + 1) + tail(v, k + 1);
                return;
            }
        }
        if (Lexicons.MEASURE_WORDS.contains(v.lemma(head)) && head - 1 >= first && v.isNoun(head - 1)) {
            unitToken = head - 1; // "death toll" counts deaths, "force level" counts forces
            String eventVerb = lexicon.eventVerb(unitOf(v, unitToken));
            if (eventVerb != null) {
                d.predicate = eventVerb; // "the death toll rose", "bringing the death toll to 11": who died
            }
        }
        String determiner = v.word(head - 1);
        if (unitToken == head && Lexicons.MEASURE_WORDS.contains(v.lemma(head)) && s.document.lastCountUnit != null
                && Set.of("this", "that", "the", "its", "their").contains(determiner)) {
            // "reduced its numbers to around 5,200", "the figure rose": the article's last count
            d.unit = s.document.lastCountUnit;
            d.subject = s.document.lastCountSubject;
            return;
        }
        d.unit = unitOf(v, unitToken);
        d.subject = v.text(first, head + 1) + tail(v, head + 1);
        String casualty = Lexicons.CASUALTY_NOUNS.get(d.unit);
        if (casualty != null) {
            d.unit = "person"; // "52 deaths", "the death toll": people who died
            d.predicate = casualty;
        }
    }

    /**
     * Where the sentence places its figures when the noun phrase does not: the first "in/at/near
     * + place" of the sentence ("In neighbouring Central Aceh district, 10 people were killed"
     * -> "in Central Aceh district"). A destination ("into Uganda", "to the Bunagana area")
     * places the count only right after it, where its verb moves the counted people ("3,000
     * refugees crossed into Uganda"), not elsewhere ("slammed into India, killing five people"): at
     * token {@code after} or up to three tokens later (-1: nowhere).
     */
    static String placeInSentence(SentenceView v, int after) {
        for (Mention m : v.sentence.mentions()) {
            if (m.type() != MentionType.LOCATION) {
                continue;
            }
            for (int k = m.tokenBegin() - 1; k >= 0 && m.tokenBegin() - k <= 3; k--) {
                String w = v.word(k);
                boolean destination = w.equals("into") || w.equals("to") || w.equals("across");
                boolean right = after >= 0 && k >= after && k - after <= 3;
                if (w.equals("in") || w.equals("at") || w.equals("near") || w.equals("inside") || destination && right) {
                    int end = m.tokenEnd();
                    while (end < v.size() && v.isCommonNoun(end)) {
                        end++; // "Central Aceh district"
                    }
                    return " " + w + " " + v.text(m.tokenBegin(), end);
                }
                if (v.word(k).equals(",") || v.pos(k).equals("IN") || v.isVerb(k) && !v.pos(k).equals("VBG")) {
                    break;
                }
            }
        }
        return "";
    }

    /** A short "in Iraq" / "of the province" tail after a noun phrase, else the sentence's place. */
    static String tail(SentenceView v, int k) {
        String prep = v.word(k);
        if (!(prep.equals("in") || prep.equals("of") || prep.equals("at") || prep.equals("on") || prep.equals("from"))
                || v.ner(k + 1).equals("DATE") || v.ner(k + 1).equals("TIME")) {
            return placeInSentence(v, k); // "the death toll from Monday's shelling": a date is no place
        }
        int end = k + 1;
        while (end < v.size() && end - k <= 5 && (v.isNoun(end) || v.pos(end).equals("DT") || v.pos(end).equals("JJ")
                || v.pos(end).equals("CD"))) {
            end++;
        }
        while (end > k + 1 && !v.isNoun(end - 1)) {
            end--;
        }
        return end > k + 1 ? " " + v.text(k, end) : "";
    }
}
