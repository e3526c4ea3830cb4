package org.crosscheck.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;

/** Loads {@code Foo.fxml} next to the view class, with the view as both root and controller. */
final class FxmlLoader {
    private FxmlLoader() {
    }

    static void load(Object view, String fxmlName) {
        URL url = view.getClass().getResource(fxmlName);
        if (url == null) {
            throw new IllegalStateException("Missing " + fxmlName + " next to " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setRoot(view);
        loader.setController(view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxmlName, e);
        }
    }
}
