package org.crosscheck.align;

/**
 * Two kinds of happening are two events: a toll of floods is not a toll of a landslide, whatever
 * the figures. Asked of tolls only (people something happened to), where the happening beside the
 * figure is what caused it; a blaze's hectares and a fire's are named by WordNet senses too far
 * apart to tell. Only values that both have happenings named right beside them, none alike, are
 * kept apart; a value with none beside it ("12 people were killed") may belong to any event.
 */
final class EventRule implements PairRule {

    private final EventWords events;

    EventRule(EventWords events) {
        this.events = events;
    }

    @Override
    public String veto(ClaimFrame a, ClaimFrame b) {
        return a.measure().kind() == Measure.Kind.STATE && events.different(a.nearEvents(), b.nearEvents())
                ? "other happenings" : null;
    }
}
