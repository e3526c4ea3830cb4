package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An item of a filter or choice box: a label and the value it stands for (null for "All"). */
record Choice<T>(String label, T value) {

    @Override
    public String toString() {
        return label;
    }

    /** "All …" first, then one choice per value. */
    static <T> List<Choice<T>> withAll(String allLabel, List<T> values, Function<T, String> label) {
        List<Choice<T>> choices = new ArrayList<>();
        choices.add(new Choice<>(allLabel, null));
        values.forEach(v -> choices.add(new Choice<>(label.apply(v), v)));
        return choices;
    }
}
