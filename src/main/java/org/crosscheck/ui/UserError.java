package org.crosscheck.ui;

/**
 * An error to show the researcher in a dialog: a title and one plain sentence. A class, not a
 * record, so that the same error twice still fires a property change.
 */
public final class UserError {
    private final String title;
    private final String message;

    public UserError(String title, String message) {
        this.title = title;
        this.message = message;
    }

    public String title() {
        return title;
    }

    public String message() {
        return message;
    }
}
