package org.crosscheck.align;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Tolls of different happenings are different facts: "Floods killed 12" and "a landslide ... left 12
 * dead" are two tolls, whatever their figures. The happenings are those named near each value,
 * without the words of the measured state itself ("death toll ... rises to 10" names no other
 * happening than the deaths it counts); and two sentences that both name one happening elsewhere
 * ("as the death toll from the earthquake rose to 10" / "the earthquake ... killing 10") are about
 * one toll, whatever else each names near its figure.
 */
final class EventRule implements PairRule {

    private final EventWords events;

    EventRule(EventWords events) {
        this.events = events;
    }

    @Override
    public String veto(ClaimFrame a, ClaimFrame b) {
        if (a.measure().kind() != Measure.Kind.STATE
                || !events.different(withoutMeasure(a.nearEvents(), a), withoutMeasure(b.nearEvents(), b))) {
            return null;
        }
        return events.different(withoutMeasure(a.ownEvents(), a), withoutMeasure(b.ownEvents(), b))
                ? "other happenings" : null;
    }

    /** The happenings, less those that name the measured state ("death" for a count of the dead). */
    private Set<String> withoutMeasure(Set<String> happenings, ClaimFrame f) {
        Set<String> measured = new LinkedHashSet<>();
        measured.add(f.measure().key());
        if (f.claim().predicate() != null && !f.claim().predicate().isBlank()) {
            measured.add(f.claim().predicate().strip());
        }
        Set<String> rest = new LinkedHashSet<>();
        for (String h : happenings) {
            if (!events.related(Set.of(h), measured)) {
                rest.add(h);
            }
        }
        return rest;
    }
}
