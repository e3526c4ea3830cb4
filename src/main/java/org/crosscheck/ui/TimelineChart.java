package org.crosscheck.ui;

import java.util.function.Consumer;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The timeline drawn as nodes: lane bands with their titles on the left, the axis with its ticks on
 * top, one rectangle per dated claim in its fact's status colour (with the value beside it, and a
 * "✖" on disagreements, so colour is not the only signal). Drag to pan, scroll to zoom around the
 * pointer; a click on a mark selects its claim.
 */
public final class TimelineChart extends Pane {
    /** The style class of a mark; its user data is the claim id. */
    public static final String MARK = "timeline-mark";

    private TimelineLayout layout = TimelineLayout.EMPTY;
    private TimelineGeometry geometry = TimelineGeometry.fitting(null, null, 800);
    private String selectedClaimId;
    private Consumer<String> onMarkClicked = id -> { };
    private double dragX = Double.NaN;
    private Group axis;
    private double axisTop;

    public TimelineChart() {
        getStyleClass().add("timeline-chart");
        setMinSize(0, 0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        widthProperty().addListener(obs -> redraw());
        setOnMousePressed(e -> dragX = e.getX());
        setOnMouseDragged(e -> {
            if (!Double.isNaN(dragX)) {
                setGeometry(geometry.panned(e.getX() - dragX));
                dragX = e.getX();
            }
        });
        setOnMouseReleased(e -> dragX = Double.NaN);
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoom(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getX());
                e.consume();
            }
        });
    }

    public void setOnMarkClicked(Consumer<String> action) {
        this.onMarkClicked = action;
    }

    public TimelineLayout layoutShown() {
        return layout;
    }

    public TimelineGeometry geometry() {
        return geometry;
    }

    public void show(TimelineLayout layout) {
        this.layout = layout;
        redraw();
    }

    public void setGeometry(TimelineGeometry geometry) {
        this.geometry = geometry;
        redraw();
    }

    public void select(String claimId) {
        this.selectedClaimId = claimId;
        redraw();
    }

    /** Shows the days most marks fall in (see {@link TimelineLayout.Focus}), in the width the chart has. */
    public void fit() {
        setGeometry(TimelineGeometry.fitting(layout.focus().first(), layout.focus().last(), plotWidth()));
    }

    /** Shows every mark, strays included. */
    public void fitAll() {
        setGeometry(TimelineGeometry.fitting(layout.first(), layout.last(), plotWidth()));
    }

    /** Moves the axis so the claim's mark is in view, when it is not. */
    public void reveal(String claimId) {
        layout.mark(claimId).ifPresent(m -> {
            double x = geometry.markX(m);
            if (x < TimelineGeometry.LABEL_WIDTH || x + geometry.markWidth(m) > getWidth()) {
                setGeometry(geometry.centredOn(m.first(), plotWidth()));
            }
        });
    }

    /** The y of the top of the claim's mark, or -1 when it has none. */
    public double markY(String claimId) {
        double[] tops = TimelineGeometry.laneTops(layout.lanes());
        return layout.mark(claimId).map(m -> tops[m.lane()] + m.row() * TimelineGeometry.ROW_HEIGHT).orElse(-1.0);
    }

    public void zoom(double factor, double aroundX) {
        setGeometry(geometry.zoomed(factor, Math.max(TimelineGeometry.LABEL_WIDTH, aroundX)));
    }

    private double plotWidth() {
        return Math.max(200, (getWidth() > 0 ? getWidth() : getPrefWidth()) - TimelineGeometry.LABEL_WIDTH - 20);
    }

    private void redraw() {
        double[] tops = TimelineGeometry.laneTops(layout.lanes());
        double height = tops[tops.length - 1];
        setPrefHeight(height);
        Group marks = new Group();
        Group lanes = new Group();
        for (int i = 0; i < layout.lanes().size(); i++) {
            Rectangle band = new Rectangle(0, tops[i] - 2, Math.max(getWidth(), 4000), tops[i + 1] - tops[i] - 4);
            band.getStyleClass().add(i % 2 == 0 ? "timeline-lane" : "timeline-lane-alt");
            lanes.getChildren().add(band);
        }
        for (TimelineGeometry.Tick t : geometry.ticks(plotWidth() + 20)) {
            Line grid = new Line(geometry.x(t.day()), TimelineGeometry.AXIS_HEIGHT, geometry.x(t.day()), height);
            grid.getStyleClass().add("timeline-tick");
            lanes.getChildren().add(grid);
        }
        // Only the marks in sight become nodes: a corpus holds thousands, and a drag redraws.
        double right = Math.max(getWidth(), getPrefWidth()) + 10;
        for (TimelineLayout.Mark m : layout.marks()) {
            double x = geometry.markX(m);
            if (x <= right && x + geometry.markWidth(m) >= 0) {
                marks.getChildren().add(markNode(m, tops[m.lane()]));
            }
        }
        Group titles = new Group();
        Rectangle titleBack = new Rectangle(0, 0, TimelineGeometry.LABEL_WIDTH - 4, height);
        titleBack.getStyleClass().add("timeline-title-column");
        titles.getChildren().add(titleBack);
        for (int i = 0; i < layout.lanes().size(); i++) {
            // A label, not a text: a title too long for its lane ends in "…" (whole on hover).
            javafx.scene.control.Label title = new javafx.scene.control.Label(layout.lanes().get(i).title());
            title.getStyleClass().add("timeline-lane-title");
            title.setLayoutX(6);
            title.setLayoutY(tops[i] + 1);
            title.setWrapText(layout.lanes().get(i).rows() > 1);
            title.setPrefWidth(TimelineGeometry.LABEL_WIDTH - 14);
            title.setMaxWidth(TimelineGeometry.LABEL_WIDTH - 14);
            title.setMaxHeight(Math.max(1, layout.lanes().get(i).rows()) * TimelineGeometry.ROW_HEIGHT - 2);
            title.setTooltip(new Tooltip(layout.lanes().get(i).title()));
            titles.getChildren().add(title);
        }
        axis = axis(height);
        axis.setTranslateY(axisTop);
        // The axis last, so that lanes scrolled up pass beneath it.
        getChildren().setAll(lanes, marks, titles, axis);
    }

    /** Keeps the axis in sight at the top of the part of the chart a scroll pane shows. */
    public void pinAxisAt(double y) {
        axisTop = y;
        if (axis != null) {
            axis.setTranslateY(y);
        }
    }

    private Group axis(double height) {
        Group axis = new Group();
        Rectangle back = new Rectangle(0, 0, Math.max(getWidth(), 4000), TimelineGeometry.AXIS_HEIGHT - 4);
        Rectangle corner = new Rectangle(0, 0, TimelineGeometry.LABEL_WIDTH - 4, TimelineGeometry.AXIS_HEIGHT - 4);
        corner.getStyleClass().add("timeline-title-column");
        back.getStyleClass().add("timeline-axis");
        axis.getChildren().add(back);
        for (TimelineGeometry.Tick t : geometry.ticks(plotWidth() + 20)) {
            double x = geometry.x(t.day());
            if (x < TimelineGeometry.LABEL_WIDTH) {
                continue;
            }
            Line line = new Line(x, TimelineGeometry.AXIS_HEIGHT - 10, x, TimelineGeometry.AXIS_HEIGHT - 4);
            line.getStyleClass().add("timeline-tick");
            Text label = new Text(x + 3, 16, t.label());
            label.getStyleClass().add("timeline-tick-label");
            axis.getChildren().addAll(line, label);
        }
        axis.getChildren().add(corner);
        return axis;
    }

    private Group markNode(TimelineLayout.Mark m, double laneTop) {
        double x = geometry.markX(m);
        double y = laneTop + m.row() * TimelineGeometry.ROW_HEIGHT + 3;
        Rectangle box = new Rectangle(x, y, geometry.markWidth(m), TimelineGeometry.ROW_HEIGHT - 6);
        box.getStyleClass().addAll(MARK, "mark-" + m.status().name().toLowerCase(java.util.Locale.ROOT));
        if (m.claimId().equals(selectedClaimId)) {
            box.getStyleClass().add("mark-selected");
        }
        box.setUserData(m.claimId());
        Text label = new Text(x + geometry.markWidth(m) + 4, y + 12,
                (m.status() == org.crosscheck.project.FactStatus.DISAGREE ? "✖ " : "") + m.label());
        label.getStyleClass().add("timeline-mark-label");
        Group node = new Group(box, label);
        Tooltip.install(box, new Tooltip(m.tooltip()));
        node.setOnMouseClicked(e -> {
            onMarkClicked.accept(m.claimId());
            e.consume();
        });
        node.setCursor(javafx.scene.Cursor.HAND);
        return node;
    }
}
