package org.crosscheck.align;

import java.util.List;
import java.util.Locale;

import org.crosscheck.claims.Claim;

/** Short readable descriptions of facts: "troop count: reduce U.S. troops (to)". */
final class FactLabels {

    private static final int MAX_SUBJECT = 60;

    private FactLabels() {
    }

    /** The label of a group, written from its first claim (the earliest in input order). */
    static String label(List<Claim> group) {
        Claim c = group.get(0);
        String what = switch (c.kind()) {
            case COUNT -> (c.unit() == null || c.unit().isBlank() ? "" : c.unit() + " ") + "count";
            case QUANTITY -> c.unit() == null || c.unit().isBlank() ? "quantity" : c.unit();
            case MONEY -> "amount";
            case PERCENT -> "percentage";
            case DATE -> "date";
            case DURATION -> "duration";
            case AGE -> "age";
            case TIME -> "time";
            case STATEMENT -> "statement";
        };
        StringBuilder label = new StringBuilder(what).append(':');
        if (c.kind() == org.crosscheck.claims.ClaimKind.STATEMENT) {
            String speaker = c.speaker() == null || c.speaker().isBlank() ? "unattributed" : c.speaker();
            label.append(' ').append(speaker).append(" said ").append(shorten(StatementWords.text(c)));
            return label.toString();
        }
        String subject = c.subject() == null ? "" : c.subject().strip();
        // an age is of a person, whatever the sentence reports: "age: Duncan Rait"
        String predicate = c.predicate() == null || c.kind() == org.crosscheck.claims.ClaimKind.AGE ? ""
                : c.predicate().strip().toLowerCase(Locale.ROOT);
        if (!predicate.isEmpty() && !subject.toLowerCase(Locale.ROOT).startsWith(predicate)) {
            label.append(' ').append(predicate);
        }
        if (!subject.isEmpty()) {
            label.append(' ').append(shorten(subject));
        }
        if (predicate.isEmpty() && subject.isEmpty()) {
            label.append(' ').append(shorten(c.valueText()));
        }
        if (c.role() != null && !c.role().isBlank()) {
            label.append(" (").append(c.role()).append(')');
        }
        return label.toString();
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s.strip().replaceAll("\\s+", " ");
        return t.length() <= MAX_SUBJECT ? t : t.substring(0, MAX_SUBJECT - 1).strip() + "…";
    }
}
