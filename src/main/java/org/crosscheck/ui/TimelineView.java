package org.crosscheck.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * The story timeline: lanes per source or per fact, zoom (buttons, scroll) and pan (drag), the
 * claims whose dates cannot be placed listed below, and export as PNG or SVG.
 */
public final class TimelineView extends VBox {
    /** The width a picture of the whole timeline is drawn at. */
    static final double PICTURE_WIDTH = 1600;

    private final TimelineViewModel viewModel;
    private final TimelineChart chart = new TimelineChart();
    private final javafx.beans.property.BooleanProperty showing = new javafx.beans.property.SimpleBooleanProperty(true);
    /** The layout last drawn, while a newer one waits for the view to be shown. */
    private TimelineLayout shownBefore;
    private BiFunction<String, String, Optional<Path>> saveDialog = (kind, ext) -> Optional.empty();
    @FXML private ToggleButton bySourceButton;
    @FXML private ToggleButton byFactButton;
    @FXML private ScrollPane chartScroll;
    @FXML private Label unplacedTitle;
    @FXML private Label outsideLabel;
    @FXML private ListView<TimelineLayout.Unplaced> unplacedList;

    public TimelineView(TimelineViewModel viewModel) {
        this.viewModel = viewModel;
        FxmlLoader.load(this, "Timeline.fxml");
        ToggleGroup lanes = new ToggleGroup();
        bySourceButton.setToggleGroup(lanes);
        byFactButton.setToggleGroup(lanes);
        bySourceButton.setSelected(true);
        lanes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always on
            } else {
                viewModel.laneModeProperty().set(now == byFactButton
                        ? TimelineLayout.LaneMode.FACT : TimelineLayout.LaneMode.SOURCE);
            }
        });
        chartScroll.setContent(chart);
        chartScroll.vvalueProperty().addListener(obs -> pinAxis());
        chartScroll.viewportBoundsProperty().addListener(obs -> pinAxis());
        chart.heightProperty().addListener(obs -> pinAxis());
        chart.prefWidthProperty().bind(chartScroll.widthProperty().subtract(16));
        chart.setOnMarkClicked(viewModel::select);
        viewModel.layoutProperty().addListener((obs, old, layout) -> {
            if (showing.get()) {
                show(layout, old);
            } else {
                shownBefore = shownBefore == null ? old : shownBefore; // drawn when the view is shown
            }
        });
        showing.addListener((obs, was, now) -> {
            if (now && shownBefore != null) {
                show(viewModel.layoutProperty().get(), shownBefore);
                shownBefore = null;
            }
        });
        viewModel.selectedClaimIdProperty().addListener((obs, old, id) -> {
            chart.select(id);
            reveal(id);
        });
        unplacedList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TimelineLayout.Unplaced item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.source() + ": “" + item.value() + "” — " + item.reason());
            }
        });
        unplacedList.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                viewModel.select(item.claimId());
            }
        });
        chart.widthProperty().addListener((obs, old, width) -> {
            if (old.doubleValue() <= 0 && width.doubleValue() > 0) {
                chart.fit(); // the first time the chart has a width
            }
        });
        show(viewModel.layoutProperty().get(), null);
    }

    /** Where the export buttons ask for a file: (what, extension) to the file chosen. */
    public void setSaveDialog(BiFunction<String, String, Optional<Path>> dialog) {
        this.saveDialog = dialog;
    }

    /** Whether the view is on screen (its tab selected); a hidden timeline is not redrawn after each change. */
    public javafx.beans.property.BooleanProperty showingProperty() {
        return showing;
    }

    public TimelineChart chart() {
        return chart;
    }

    public ListView<TimelineLayout.Unplaced> unplacedList() {
        return unplacedList;
    }

    private void pinAxis() {
        double hidden = Math.max(0, chart.getHeight() - chartScroll.getViewportBounds().getHeight());
        chart.pinAxisAt(chartScroll.getVvalue() * hidden);
    }

    /** Brings a claim's mark into view: the axis moves to it, the lanes scroll to it. */
    private void reveal(String claimId) {
        chart.reveal(claimId);
        double y = chart.markY(claimId);
        double hidden = chart.getHeight() - chartScroll.getViewportBounds().getHeight();
        if (y >= 0 && hidden > 0) {
            double top = chartScroll.getVvalue() * hidden;
            double bottom = top + chartScroll.getViewportBounds().getHeight();
            if (y < top || y + TimelineGeometry.ROW_HEIGHT > bottom) {
                chartScroll.setVvalue(Math.max(0, Math.min(1, (y - TimelineGeometry.ROW_HEIGHT) / hidden)));
            }
        }
    }

    private void show(TimelineLayout layout, TimelineLayout before) {
        chart.show(layout);
        chart.select(viewModel.selectedClaimIdProperty().get());
        boolean sameSpan = before != null && java.util.Objects.equals(before.first(), layout.first())
                && java.util.Objects.equals(before.last(), layout.last());
        if (!sameSpan) {
            chart.fit();
        }
        unplacedList.getItems().setAll(layout.unplaced());
        int outside = layout.focus().outside();
        outsideLabel.setText(outside == 0 ? "" : outside + (outside == 1 ? " claim lies" : " claims lie")
                + " far outside the story's days (" + layout.first().getYear() + "–" + layout.last().getYear()
                + "): “All” shows them.");
        unplacedTitle.setText(layout.unplaced().isEmpty() ? "Every dated claim is on the timeline."
                : layout.unplaced().size() + " dated " + (layout.unplaced().size() == 1 ? "claim" : "claims")
                        + " not placed (not guessed):");
    }

    @FXML
    private void zoomIn() {
        chart.zoom(1.5, TimelineGeometry.LABEL_WIDTH + (chart.getWidth() - TimelineGeometry.LABEL_WIDTH) / 2);
    }

    @FXML
    private void zoomOut() {
        chart.zoom(1 / 1.5, TimelineGeometry.LABEL_WIDTH + (chart.getWidth() - TimelineGeometry.LABEL_WIDTH) / 2);
    }

    @FXML
    private void fit() {
        chart.fit();
    }

    @FXML
    private void fitAll() {
        chart.fitAll();
    }

    @FXML
    private void exportPng() {
        saveDialog.apply("the timeline as PNG", "png").ifPresent(this::savePng);
    }

    @FXML
    private void exportSvg() {
        saveDialog.apply("the timeline as SVG", "svg").ifPresent(file -> viewModel.exportSvg(file, PICTURE_WIDTH));
    }

    /** The whole timeline (not just what the window shows), fitted to {@link #PICTURE_WIDTH}. */
    void savePng(Path file) {
        TimelineChart whole = new TimelineChart();
        whole.show(viewModel.layoutProperty().get());
        whole.setPrefWidth(PICTURE_WIDTH);
        Pictures.layOutAside(whole, PICTURE_WIDTH);
        whole.resize(PICTURE_WIDTH, whole.getPrefHeight());
        whole.fit();
        whole.resize(PICTURE_WIDTH, whole.getPrefHeight());
        whole.layout();
        try {
            Pictures.savePng(whole, file);
            viewModel.saved(file, null);
        } catch (java.io.IOException | RuntimeException e) {
            viewModel.saved(file, e);
        }
    }
}
