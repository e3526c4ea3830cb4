package org.crosscheck.normalize;

/** The precision a date was stated with. */
public enum Granularity {
    DAY, WEEK, MONTH, QUARTER, SEASON, YEAR, DECADE
}
