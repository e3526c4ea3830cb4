package org.crosscheck.align;

import java.util.Set;

import org.crosscheck.claims.Claim;
import org.crosscheck.normalize.DateValue;

/**
 * A claim read as one attribute of one event: what its value measures, and the arguments of the
 * event its sentence reports (when, where, who, by which words). Two claims can only be one fact
 * when their measures match and their events can be one event.
 *
 * @param measure    what the value measures ({@link MeasureReader})
 * @param when       the time the claim's event is placed at: a date's own value, else the date its
 *                   sentence names nearest the value (or its previous sentence, for "It killed ..."), or null
 * @param past       whether {@code when} lies well before the report's publication: a background event
 * @param places     the places the sentence names (entity ids)
 * @param people     the people the sentence names other than the speaker (entity ids)
 * @param eventWords the verb lemma of the claim and the happenings its clause names ("earthquake", "bombing"),
 *                   with those of its report's lead when its sentence names none ("80 people were also wounded")
 * @param leadEvents the happenings {@code eventWords} took from the report's lead (none of its own words)
 * @param nearEvents the happenings named within a few words of the value ("Floods killed 12", "a landslide ... left 12 dead")
 * @param lead       whether the claim stands in its report's lead (its first two sentences with claims),
 *                   where a news report states its main event
 * @param speakers   the entities a statement is credited to ({@link SpeakerIds}), empty for other claims
 * @param words      the content words of the sentence (without the speaker's and without figures), of
 *                   the subject (without its unit and verb) and of the value's surroundings
 */
record ClaimFrame(Claim claim, Measure measure, DateValue when, boolean past, Set<String> places,
                  Set<String> people, Set<String> eventWords, Set<String> leadEvents, Set<String> nearEvents, boolean lead,
                  Set<String> speakers, FrameWords words) {

    /** The happenings the claim's own sentence names, without those taken from its report's lead. */
    java.util.Set<String> ownEvents() {
        java.util.Set<String> own = new java.util.LinkedHashSet<>(eventWords);
        own.removeAll(leadEvents);
        return own;
    }
}
