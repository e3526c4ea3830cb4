package org.crosscheck.normalize;

/**
 * The time a sentence speaks of, relative to its publication: decides which "March" or
 * "Friday" a date without a year or week means.
 */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN
}
