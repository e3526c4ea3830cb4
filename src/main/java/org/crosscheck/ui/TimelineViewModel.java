package org.crosscheck.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * The story timeline: the layout of the project's dated claims in the chosen lanes (per source or
 * per fact), rebuilt when the project changes; a click on a mark selects its claim (and so its fact
 * and its sentence in the article).
 */
public final class TimelineViewModel {
    private final ProjectSession session;
    private final ObjectProperty<TimelineLayout.LaneMode> laneMode =
            new SimpleObjectProperty<>(TimelineLayout.LaneMode.SOURCE);
    private final ReadOnlyObjectWrapper<TimelineLayout> layout = new ReadOnlyObjectWrapper<>();

    public TimelineViewModel(ProjectSession session) {
        this.session = session;
        session.indexProperty().addListener(obs -> rebuild());
        laneMode.addListener(obs -> rebuild());
        rebuild();
    }

    public ObjectProperty<TimelineLayout.LaneMode> laneModeProperty() {
        return laneMode;
    }

    public ReadOnlyObjectProperty<TimelineLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public StringProperty selectedClaimIdProperty() {
        return session.selectedClaimIdProperty();
    }

    public void select(String claimId) {
        session.selectClaim(claimId);
    }

    /** Writes the whole timeline, fitted to {@code width} pixels, as an SVG file. */
    public void exportSvg(Path file, double width) {
        TimelineLayout shown = layout.get();
        TimelineGeometry geometry = TimelineGeometry.fitting(shown.focus().first(), shown.focus().last(),
                width - TimelineGeometry.LABEL_WIDTH - 20);
        try {
            Files.writeString(file, TimelineSvg.of(shown, geometry, width), StandardCharsets.UTF_8);
            session.statusProperty().set("Saved the timeline as " + file + ".");
        } catch (IOException | UncheckedIOException e) {
            session.fail("save the timeline as " + file.getFileName(), e);
        }
    }

    /** Says in the status line that a picture was saved, or why not. */
    public void saved(Path file, Exception failure) {
        session.saved(file, failure);
    }

    private void rebuild() {
        layout.set(TimelineLayout.of(session.index(), laneMode.get()));
    }
}
