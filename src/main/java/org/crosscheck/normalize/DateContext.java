package org.crosscheck.normalize;

import java.time.LocalDate;

/**
 * What a date phrase is resolved against.
 *
 * @param published    the article's publication date, or null when unknown (then dates
 *                     without a year stay partial)
 * @param tense        the tense of the clause the date sits in; null is read as UNKNOWN
 * @param anchor       the date the text anchored just before (for "two weeks later"), or null
 * @param coreNlpTimex SUTime's value for the phrase, or null: a hint used only when the
 *                     phrase itself cannot be read and the hint's year is written in it
 */
public record DateContext(LocalDate published, Tense tense, DateValue anchor, String coreNlpTimex) {

    public DateContext {
        tense = tense == null ? Tense.UNKNOWN : tense;
    }

    /** A context with only a publication date and a tense. */
    public static DateContext of(LocalDate published, Tense tense) {
        return new DateContext(published, tense, null, null);
    }

    /** The same context with another anchor. */
    public DateContext withAnchor(DateValue newAnchor) {
        return new DateContext(published, tense, newAnchor, coreNlpTimex);
    }
}
