package org.crosscheck.ui;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a node as a PNG picture: how the timeline and the matrix are exported. */
final class Pictures {
    private Pictures() {
    }

    static void savePng(Node node, Path file) throws IOException {
        WritableImage image = node.snapshot(null, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer is available");
        }
    }

    /**
     * Lays a node out of the window at its preferred size with the workbench's style sheet, for a
     * picture of all of it rather than the part the window shows.
     */
    static void layOutAside(Parent node, double width) {
        Scene scene = new Scene(new Group(node));
        scene.getStylesheets().add(Pictures.class.getResource("crosscheck.css").toExternalForm());
        node.resize(width, node.prefHeight(width));
        node.applyCss();
        node.layout();
    }
}
