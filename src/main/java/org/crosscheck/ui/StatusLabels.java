package org.crosscheck.ui;

import java.util.Locale;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.FactStatus;
import org.crosscheck.project.ReviewState;

/** Words and icons for statuses: colour is never the only signal. */
public final class StatusLabels {
    private StatusLabels() {
    }

    public static String of(FactStatus status) {
        return switch (status) {
            case AGREE -> "✔ agree";
            case DISAGREE -> "✖ disagree";
            case SINGLE -> "• single";
        };
    }

    public static String styleClass(FactStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }

    public static String of(Disagreement kind) {
        return kind == null || kind == Disagreement.NONE ? "" : kind.csvName();
    }

    public static String of(ReviewState state) {
        return switch (state) {
            case AUTO -> "not reviewed";
            case ACCEPTED -> "✔ accepted";
            case REJECTED -> "✖ rejected";
            case EDITED -> "✎ edited";
        };
    }

    /** A short mark put before a value in the fact table. */
    public static String mark(ReviewState state) {
        return switch (state) {
            case AUTO -> "";
            case ACCEPTED -> "✔ ";
            case REJECTED -> "✖ ";
            case EDITED -> "✎ ";
        };
    }

    public static String styleClass(ReviewState state) {
        return "review-" + state.csvName();
    }
}
