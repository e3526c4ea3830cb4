package org.crosscheck.nlp;

import java.util.Locale;

/** The kinds of entity and value mention Crosscheck keeps (CoreNLP's coarse NER classes). */
public enum MentionType {
    PERSON, ORGANIZATION, LOCATION, MISC,
    DATE, TIME, DURATION, SET,
    NUMBER, ORDINAL, MONEY, PERCENT;

    public boolean isEntity() {
        return this == PERSON || this == ORGANIZATION || this == LOCATION || this == MISC;
    }

    public boolean isValue() {
        return !isEntity();
    }

    /** Parses a CoreNLP NER tag, mapping fine-grained tags to coarse ones; null when not kept. */
    public static MentionType fromNerTag(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag.toUpperCase(Locale.ROOT)) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> LOCATION;
            case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY", "TITLE_ORG" -> MISC;
            case "DATE" -> DATE;
            case "TIME" -> TIME;
            case "DURATION" -> DURATION;
            case "SET" -> SET;
            case "NUMBER" -> NUMBER;
            case "ORDINAL" -> ORDINAL;
            case "MONEY" -> MONEY;
            case "PERCENT" -> PERCENT;
            default -> null;
        };
    }
}
