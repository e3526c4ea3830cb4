package org.crosscheck.align;

/**
 * What a claim's value measures: the attribute two claims must share to be one fact. A count of
 * people is of a state ("dead", "injured") or a population; a count of things is of a kind of
 * thing ("village", "bomb"); a quantity is of a dimension and, for a length, of what it spans
 * ("depth", "distance from Tehran", "fall"). {@link Kind#OPEN} says nothing was read: it
 * neither matches nor contradicts another measure.
 *
 * @param key    the state's verb, the thing's noun, the dimension's name (lower case)
 * @param people whether a {@link Kind#THING} names people ("men", "robbers", "troops")
 * @param verb   for people with no state read, what the clause says they did ("flee", "arrest"), or ""
 */
record Measure(Kind kind, String key, boolean people, String verb) {

    Measure(Kind kind, String key) {
        this(kind, key, false, "");
    }

    enum Kind {
        /** People something happened to: key is the verb of what happened ("die", "injure", "evacuate"). */
        STATE,
        /** The people who live in a place ("home to 120,000 people", "a population of 100,000"). */
        POPULATION,
        /** A count of things, or of people with no state read: key is the counted noun. */
        THING,
        /** A measured quantity: key is "magnitude", "depth", "distance from tehran", "length of fall"... */
        DIMENSION,
        /** Nothing read: compatible with any measure of the claim's kind. */
        OPEN
    }

    static final Measure OPEN_MEASURE = new Measure(Kind.OPEN, "");

    boolean isOpen() {
        return kind == Kind.OPEN;
    }
}
