package org.crosscheck.align;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.Lexicons;
import org.crosscheck.claims.WordNetLexicon;
import org.crosscheck.normalize.Units;

/**
 * Reads what a count or a quantity measures from the words around its value. A count of people
 * is of the state the clause puts them in: the words right after the value ("80 wounded", "10
 * people were killed") say it best, then the nearest words before it ("killing 10", "the death
 * toll rose to 11"), then the claim's predicate. People with no state who live somewhere ("home to
 * 120,000 people", "a population of 100,000") are a population. A length says what it spans: a
 * depth, the distance from a named place ("55 km west of Bireun"), or the event's own ("fell 200
 * metres").
 */
final class MeasureReader {

    /** Words of a count of people in a state, with the verb of the state ("dead" -> die). */
    private static final Map<String, String> STATE_WORDS = Lexicons.CASUALTY_STATES;
    /** Nouns counting people by what happened to them ("deaths" -> die). */
    private static final Map<String, String> STATE_NOUNS = Lexicons.CASUALTY_NOUNS;
    /** Verbs of a toll, whatever their form ("killing", "died", "injuring"). */
    private static final Set<String> TOLL_VERBS = ContentWords.loadList("/models/align/toll_verbs.txt");
    /** Verbs of perceiving ("saw four robbers"): what was seen, not what the people did. */
    private static final Set<String> PERCEPTION_VERBS = ContentWords.loadList("/models/align/perception-verbs.txt");
    /** Words that, before a count of people, make it the people who live in a place ("home to", "a town of"). */
    private static final Set<String> POPULATION_CUES = ContentWords.loadList("/models/align/population-cues.txt");
    /** Points of the compass and their compounds: "55 km west of Bireun", "35 miles south-west of". */
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "northern", "southern",
            "eastern", "western", "off", "away", "outside", "inland", "offshore");
    /** Words between "of" and the name of a place that say what kind of place it is ("the town of Bireun"). */
    private static final Set<String> PLACE_WORDS = Set.of("the", "a", "an", "town", "city", "village", "port", "capital",
            "provincial", "island", "district", "province", "state", "region", "coast", "coastal", "county", "resort");
    private static final Set<String> LENGTH_UNITS = Set.of("km", "mile", "metre", "foot", "feet", "ft", "yard");
    /** Words that open another clause or conjunct: a state word past them is another figure's ("killing 10 people and injuring 80"). */
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "or", "but", "while", "who", "which", "that", "as",
            "after", "before", "when", "whom", "whose");
    private static final int AFTER = 5;
    private static final int BEFORE = 4;

    private final WordNetLexicon lexicon;

    MeasureReader(WordNetLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Measure read(Claim c, SentenceWords words) {
        return switch (c.kind()) {
            case COUNT -> count(c, words);
            case QUANTITY -> quantity(c, words);
            default -> Measure.OPEN_MEASURE;
        };
    }

    private Measure count(Claim c, SentenceWords words) {
        String unit = c.unit() == null ? "" : c.unit().strip().toLowerCase(Locale.ROOT);
        boolean people = unit.isEmpty() || lexicon.namesPeople(unit) || lexicon.genericPeople(unit)
                || lexicon.namesOrganization(unit) && lexicon.sameNoun(unit, "personnel");
        if (unit.contains(" per ")) { // a rate ("one quake every day") is no count of the things
            return new Measure(Measure.Kind.THING, unit);
        }
        if (!people) {
            return new Measure(Measure.Kind.THING, lexicon.nounLemma(unit));
        }
        String state = stateAfter(words);
        if (state == null) {
            state = stateBefore(words);
        }
        if (state == null && present(c.predicate()) && isToll(c.predicate())) {
            state = lexicon.verbLemma(c.predicate().strip().toLowerCase(Locale.ROOT));
        }
        if (state != null) {
            return new Measure(Measure.Kind.STATE, state);
        }
        if (population(words, unit)) {
            return new Measure(Measure.Kind.POPULATION, "population");
        }
        if (unit.isEmpty() || lexicon.genericPeople(unit)) {
            return Measure.OPEN_MEASURE;
        }
        // people with no state read are known by their noun loosely ("men" and "robbers" may be the same
        // four) and by what they did ("300 Congolese fled" is not "police arrested 300 Congolese")
        String verb = present(c.predicate()) ? lexicon.verbLemma(c.predicate().strip().toLowerCase(Locale.ROOT)) : "";
        boolean saysNothing = ClaimFrames.isLightVerb(verb) || PERCEPTION_VERBS.contains(verb);
        return new Measure(Measure.Kind.THING, lexicon.nounLemma(unit), true, saysNothing ? "" : verb);
    }

    /** A state word after the value and its noun, before the clause or another figure begins ("80 wounded", "people were killed"). */
    private String stateAfter(SentenceWords words) {
        for (String w : words.after(AFTER)) {
            if (isFigure(w) || CLAUSE_WORDS.contains(w)) {
                return null;
            }
            String state = state(w);
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    /** The nearest state word before the value in its clause ("killing at least 10", "death toll ... 11"). */
    private String stateBefore(SentenceWords words) {
        for (String w : words.before(BEFORE + 4)) {
            if (isFigure(w) || CLAUSE_WORDS.contains(w)) {
                return null;
            }
            String state = state(w);
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    /** The state verb a word names: a casualty word ("dead", "killed"), noun ("deaths") or toll verb in any form ("died"). */
    private String state(String w) {
        String known = STATE_WORDS.get(w);
        if (known == null) {
            known = STATE_NOUNS.get(lexicon.nounLemma(w));
        }
        if (known == null && w.length() > 3 && w.chars().allMatch(Character::isLetter)) {
            String verb = lexicon.verbLemma(w);
            if (TOLL_VERBS.contains(verb)) {
                known = verb;
            }
        }
        return known == null ? null : lexicon.verbLemma(known);
    }

    private boolean isToll(String predicate) {
        return TOLL_VERBS.contains(lexicon.verbLemma(predicate.strip().toLowerCase(Locale.ROOT)));
    }

    /** "home to 120,000 people", "a population of 100,000", "about 200,000 residents", "a town of about 15,000". */
    private boolean population(SentenceWords words, String unit) {
        if (!unit.isEmpty() && POPULATION_CUES.contains(lexicon.nounLemma(unit))) {
            return true;
        }
        List<String> before = new java.util.ArrayList<>(words.before(BEFORE));
        java.util.Collections.reverse(before);
        String text = " " + String.join(" ", before) + " ";
        for (String cue : POPULATION_CUES) {
            if (text.contains(" " + cue + " ")) {
                return true;
            }
        }
        return false;
    }

    private Measure quantity(Claim c, SentenceWords words) {
        String unit = c.unit() == null ? "" : c.unit().strip().toLowerCase(Locale.ROOT);
        if (!LENGTH_UNITS.contains(unit)) {
            String dimension = Units.dimension(unit).orElse(unit);
            return dimension.isEmpty() ? Measure.OPEN_MEASURE : new Measure(Measure.Kind.DIMENSION, dimension);
        }
        for (String w : words.before(BEFORE)) {
            if (w.equals("depth") || w.equals("deep")) {
                return new Measure(Measure.Kind.DIMENSION, "depth");
            }
        }
        List<String> after = words.afterSkippingBrackets(AFTER + 3);
        String place = referencePlace(after);
        if (place != null) {
            return new Measure(Measure.Kind.DIMENSION, "distance from " + place);
        }
        if (after.contains("deep")) {
            return new Measure(Measure.Kind.DIMENSION, "depth");
        }
        if (present(c.predicate())) {
            return new Measure(Measure.Kind.DIMENSION, "length of " + lexicon.verbLemma(c.predicate().strip()));
        }
        return new Measure(Measure.Kind.DIMENSION, "length");
    }

    /** The place a distance is measured from: "(miles) south-west of the port of Bandar Abbas" -> "bandar". */
    private static String referencePlace(List<String> after) {
        int i = 0;
        while (i < after.size() && (LENGTH_UNITS.contains(after.get(i)) || after.get(i).startsWith("kilomet")
                || after.get(i).startsWith("mile") || after.get(i).startsWith("met") || after.get(i).equals("-"))) {
            i++;
        }
        if (i >= after.size() || !DIRECTIONS.contains(after.get(i))) {
            return null;
        }
        i++;
        if (i < after.size() && (after.get(i).equals("of") || after.get(i).equals("from"))) {
            i++;
        }
        while (i < after.size() && (PLACE_WORDS.contains(after.get(i)) || after.get(i).equals("of"))) {
            i++;
        }
        return i < after.size() && after.get(i).chars().allMatch(Character::isLetter) ? after.get(i) : null;
    }

    private static boolean isFigure(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
