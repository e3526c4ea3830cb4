package org.crosscheck.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * One case of the labelled set: a folder of articles about one story and its labelled pairs.
 * The domain (conflict, disaster, election...) is the case name's first dash-separated word.
 */
public record EvalCase(String name, Path dir, List<ExpectedRow> rows) {
    public EvalCase {
        rows = List.copyOf(rows);
    }

    public String domain() {
        int dash = name.indexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }
}
