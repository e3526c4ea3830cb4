package org.crosscheck.store;

import java.util.Arrays;
import java.util.List;

/**
 * Short string lists (an entity's aliases, a claim's entity ids) kept in one TEXT column, joined
 * by the ASCII unit separator, which no name or id contains. A table per list would cost a join
 * per row on every snapshot for lists nobody queries by element.
 */
final class ListColumn {
    private static final String SEPARATOR = "\u001F";

    private ListColumn() {
    }

    static String join(List<String> values) {
        return String.join(SEPARATOR, values);
    }

    static List<String> split(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(column.split(SEPARATOR, -1));
    }
}
