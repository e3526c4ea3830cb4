package org.crosscheck.align;

/**
 * Whether two ages from different reports are one fact: one person's age, whatever each report
 * says it is ("32-year-old Robert Buckley" / "31-year-old Robert Buckley" is one fact that
 * disagrees). Ages of two people are two facts. An age of someone no report names lines up only
 * with an age it agrees with; it says nothing against any other.
 */
final class AgeMatcher {

    /** The link of two ages of one named person. */
    static final double ONE_PERSON = 1.0;
    /** The link of two agreeing ages where one person is not known: likely, not certain. */
    static final double SAME_AGE = 0.6;

    private final PersonAges people;

    AgeMatcher(PersonAges people) {
        this.people = people;
    }

    /** Why the two ages cannot be one fact, or null. */
    String veto(ClaimFrame a, ClaimFrame b) {
        String x = people.owner(a.claim());
        String y = people.owner(b.claim());
        return x != null && y != null && !x.equals(y) ? "ages of two people" : null;
    }

    double link(ClaimFrame a, ClaimFrame b) {
        if (veto(a, b) != null) {
            return 0;
        }
        String x = people.owner(a.claim());
        if (x != null && x.equals(people.owner(b.claim()))) {
            return ONE_PERSON;
        }
        return ValueCompatibility.compatible(a.claim(), b.claim()) ? SAME_AGE : 0;
    }
}
