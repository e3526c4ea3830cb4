package org.crosscheck.ui;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.FactStatus;
import org.crosscheck.project.DocumentInfo;

/**
 * The centre of the window: one row per fact, one column per source. Up and down move through
 * facts, left and right through the selected fact's claims.
 */
public final class FactTableView extends VBox {
    private final FactTableViewModel viewModel;
    @FXML private TextField searchField;
    @FXML private ComboBox<Choice<FactStatus>> statusFilter;
    @FXML private ComboBox<Choice<Disagreement>> kindFilter;
    @FXML private ComboBox<Choice<org.crosscheck.nlp.Entity>> entityFilter;
    @FXML private ComboBox<Choice<DocumentInfo>> sourceFilter;
    @FXML private Label countLabel;
    @FXML private Label factFilterLabel;
    @FXML private javafx.scene.layout.HBox factFilterBox;
    @FXML private TableView<FactRow> table;
    private boolean syncing;

    public FactTableView(FactTableViewModel viewModel) {
        this.viewModel = viewModel;
        FxmlLoader.load(this, "FactTable.fxml");
        bindFilters();
        buildFixedColumns();
        viewModel.sources().addListener((ListChangeListener<DocumentInfo>) change -> rebuildSourceColumns());
        rebuildSourceColumns();
        table.widthProperty().addListener((obs, old, width) -> fitSourceColumns());
        table.getColumns().subList(0, FIXED_COLUMNS).forEach(c -> c.visibleProperty().addListener(obs -> fitSourceColumns()));

        SortedList<FactRow> sorted = viewModel.sortedRows();
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        countLabel.textProperty().bind(viewModel.countTextProperty());
        factFilterLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                viewModel.factFilterProperty().get() == null ? "" : "Only " + viewModel.factFilterProperty().get()
                        .description(), viewModel.factFilterProperty()));
        factFilterBox.visibleProperty().bind(viewModel.factFilterProperty().isNotNull());
        factFilterBox.managedProperty().bind(factFilterBox.visibleProperty());

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                viewModel.select(row);
            }
        });
        viewModel.selectedFactIdProperty().addListener(obs -> showSelection());
        table.getItems().addListener((ListChangeListener<FactRow>) change -> {
            // Rows are rebuilt after each review action; re-measure them so wrapped values fit.
            table.refresh();
            showSelection();
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::moveBetweenClaims);
    }

    public TableView<FactRow> table() {
        return table;
    }

    public TextField searchField() {
        return searchField;
    }

    @FXML
    private void clearFactFilter() {
        viewModel.factFilterProperty().set(null);
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
        statusFilter.getSelectionModel().selectFirst();
        kindFilter.getSelectionModel().selectFirst();
        entityFilter.getSelectionModel().selectFirst();
        sourceFilter.getSelectionModel().selectFirst();
    }

    /** Shows only the facts that name {@code entity} (chosen in the entities list). */
    public void filterByEntity(org.crosscheck.nlp.Entity entity) {
        entityFilter.getItems().stream().filter(c -> entity.equals(c.value())).findFirst()
                .ifPresent(c -> entityFilter.getSelectionModel().select(c));
    }

    private void moveBetweenClaims(KeyEvent event) {
        if (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT) {
            viewModel.selectNeighbourClaim(event.getCode() == KeyCode.RIGHT ? 1 : -1);
            event.consume();
        }
    }

    private void showSelection() {
        String id = viewModel.selectedFactIdProperty().get();
        if (id == null && !table.getItems().isEmpty()) {
            // Open on the first row (a disagreement, by default) so the article and the
            // inspector show something at once.
            viewModel.select(table.getItems().get(0));
            return;
        }
        syncing = true;
        try {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).fact().id().equals(id)) {
                    if (table.getSelectionModel().getSelectedIndex() != i) {
                        table.getSelectionModel().clearAndSelect(i);
                        table.scrollTo(Math.max(0, i - 3));
                    }
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    private void bindFilters() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        statusFilter.getItems().setAll(Choice.withAll("All statuses", Arrays.asList(FactStatus.values()),
                StatusLabels::of));
        kindFilter.getItems().setAll(Choice.withAll("All kinds",
                Arrays.stream(Disagreement.values()).filter(d -> d != Disagreement.NONE).toList(),
                Disagreement::csvName));
        fill(entityFilter, "All entities", viewModel.entities(), e -> e.name());
        viewModel.entities().addListener((ListChangeListener<org.crosscheck.nlp.Entity>) c ->
                fill(entityFilter, "All entities", viewModel.entities(), e -> e.name()));
        fill(sourceFilter, "All sources", viewModel.sources(), FactTableView::sourceLabel);
        viewModel.sources().addListener((ListChangeListener<DocumentInfo>) c ->
                fill(sourceFilter, "All sources", viewModel.sources(), FactTableView::sourceLabel));
        statusFilter.getSelectionModel().selectFirst();
        kindFilter.getSelectionModel().selectFirst();
        statusFilter.valueProperty().addListener((obs, old, c) -> viewModel.statusFilterProperty().set(value(c)));
        kindFilter.valueProperty().addListener((obs, old, c) -> viewModel.kindFilterProperty().set(value(c)));
        entityFilter.valueProperty().addListener((obs, old, c) -> viewModel.entityFilterProperty().set(value(c)));
        sourceFilter.valueProperty().addListener((obs, old, c) -> viewModel.sourceFilterProperty().set(value(c)));
    }

    private static <T> void fill(ComboBox<Choice<T>> box, String all, List<T> values,
                                 java.util.function.Function<T, String> label) {
        T current = value(box.getValue());
        box.getItems().setAll(Choice.withAll(all, values, label));
        box.getItems().stream().filter(c -> java.util.Objects.equals(c.value(), current)).findFirst()
                .ifPresentOrElse(c -> box.getSelectionModel().select(c), () -> box.getSelectionModel().selectFirst());
    }

    private static <T> T value(Choice<T> choice) {
        return choice == null ? null : choice.value();
    }

    static String sourceLabel(DocumentInfo d) {
        String outlet = d.outlet() == null || d.outlet().isBlank() ? "" : d.outlet();
        return outlet.isEmpty() ? d.name() : outlet + " (" + d.name() + ")";
    }

    private void buildFixedColumns() {
        TableColumn<FactRow, FactRow> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setComparator(FactRow.DEFAULT_ORDER);
        status.setCellFactory(col -> new StatusCell());
        status.setPrefWidth(96);
        status.setMinWidth(96);

        TableColumn<FactRow, String> label = new TableColumn<>("Fact");
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().shortLabel()));
        label.setCellFactory(col -> new WrappingCell());
        label.setPrefWidth(170);

        TableColumn<FactRow, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fact().kind().csvName()));
        kind.setPrefWidth(80);

        TableColumn<FactRow, String> disagreement = new TableColumn<>("Disagreement");
        disagreement.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().disagreementLabel()));
        disagreement.setPrefWidth(116);
        // Shown in the status cell already; the column stays in the table's column menu for sorting.
        disagreement.setVisible(false);

        TableColumn<FactRow, Integer> independent = new TableColumn<>();
        Label independentHeader = new Label("Indep.");
        independentHeader.setTooltip(new Tooltip("Independent sources: copies of another article count once"));
        independent.setGraphic(independentHeader);
        independent.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fact().independentSources()));
        independent.setPrefWidth(60);
        independent.setStyle("-fx-alignment: CENTER;");

        table.getColumns().setAll(List.of(status, label, kind, disagreement, independent));
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    /** A source column is never narrower than this: "about 3,000 by the end of September" in 3 lines. */
    static final double MIN_SOURCE_WIDTH = 110;
    private static final int FIXED_COLUMNS = 5;

    private void rebuildSourceColumns() {
        table.getColumns().remove(FIXED_COLUMNS, table.getColumns().size());
        for (DocumentInfo doc : viewModel.sources()) {
            TableColumn<FactRow, FactRow.SourceCell> column = new TableColumn<>();
            column.setGraphic(sourceHeader(doc, column));
            column.setUserData(doc.name());
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(doc.name())));
            column.setComparator(java.util.Comparator.nullsLast(
                    java.util.Comparator.comparing(FactRow.SourceCell::text, String.CASE_INSENSITIVE_ORDER)));
            column.setCellFactory(col -> new SourceValueCell(col));
            column.setMinWidth(MIN_SOURCE_WIDTH);
            column.setPrefWidth(MIN_SOURCE_WIDTH);
            table.getColumns().add(column);
        }
        fitSourceColumns();
    }

    /**
     * The sources share the width the fixed columns leave, so that a handful of sources fit side
     * by side without scrolling; with many, each keeps {@link #MIN_SOURCE_WIDTH} and the table scrolls.
     */
    private void fitSourceColumns() {
        int sources = table.getColumns().size() - FIXED_COLUMNS;
        if (sources <= 0 || table.getWidth() <= 0) {
            return;
        }
        double fixed = table.getColumns().subList(0, FIXED_COLUMNS).stream().filter(TableColumn::isVisible)
                .mapToDouble(TableColumn::getWidth).sum();
        double each = Math.max(MIN_SOURCE_WIDTH, Math.floor((table.getWidth() - fixed - 20) / sources));
        table.getColumns().subList(FIXED_COLUMNS, table.getColumns().size()).forEach(c -> c.setPrefWidth(each));
    }

    /**
     * The outlet (else the title, else the file name), wrapped onto two lines rather than cut,
     * with the full outlet, title, file and date on hover.
     */
    private static Label sourceHeader(DocumentInfo doc, TableColumn<?, ?> column) {
        boolean hasOutlet = doc.outlet() != null && !doc.outlet().isBlank();
        boolean hasTitle = doc.title() != null && !doc.title().isBlank();
        Label header = new Label(hasOutlet ? doc.outlet() : hasTitle ? doc.title() : doc.name());
        header.setWrapText(true);
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        // A column header is as high as its one-line preferred size unless told otherwise, so
        // "The Washington Post" would be cut to "The …": the height follows the wrapped text, up
        // to three lines (longer names end in "…" and show whole on hover).
        javafx.beans.binding.DoubleBinding wrapped = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(52, header.prefHeight(Math.max(20, column.getWidth() - 10))), column.widthProperty());
        header.minHeightProperty().bind(wrapped);
        header.maxHeightProperty().bind(wrapped);
        header.prefWidthProperty().bind(column.widthProperty().subtract(10));
        header.setTooltip(new Tooltip((hasOutlet ? doc.outlet() + "\n" : "") + (hasTitle ? doc.title() + "\n" : "")
                + doc.name() + (doc.published() == null ? "" : "\npublished " + doc.published())));
        return header;
    }

    /** The status as colour and words ("✖ disagree"), never colour alone. */
    private static final class StatusCell extends TableCell<FactRow, FactRow> {
        @Override
        protected void updateItem(FactRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(s -> s.startsWith("status-"));
            if (empty || row == null) {
                setText(null);
                return;
            }
            // The disagreement kind under the status ("✖ disagree" / "wording"): one column less
            // to read, and more width for the sources.
            String kind = row.disagreementLabel();
            setText(kind.isEmpty() ? row.statusLabel() : row.statusLabel() + "\n" + kind);
            getStyleClass().add(StatusLabels.styleClass(row.fact().status()));
        }
    }

    /**
     * Cell text as a wrapping Text node: a row grows to show long values in full (a plain
     * label only ever gives a row one line).
     */
    private static Text wrappingText(TableCell<?, ?> cell) {
        Text text = new Text();
        text.getStyleClass().add("cell-text");
        text.wrappingWidthProperty().bind(cell.widthProperty().subtract(12));
        return text;
    }

    /** The fact's label, wrapped. */
    private static final class WrappingCell extends TableCell<FactRow, String> {
        private final Text text = wrappingText(this);

        @Override
        protected void updateItem(String label, boolean empty) {
            super.updateItem(label, empty);
            setText(null);
            text.setText(label);
            setGraphic(empty || label == null ? null : text);
            setTooltip(empty || label == null ? null : new Tooltip(getTableRow() == null || getTableRow().getItem() == null
                    ? label : getTableRow().getItem().label()));
        }
    }

    /** One source's value as written (wrapped), with the normalised value and the sentence on hover. */
    private static final class SourceValueCell extends TableCell<FactRow, FactRow.SourceCell> {
        private final Text text = wrappingText(this);

        SourceValueCell(TableColumn<FactRow, FactRow.SourceCell> column) {
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(FactRow.SourceCell cell, boolean empty) {
            super.updateItem(cell, empty);
            setText(null);
            text.getStyleClass().removeIf(s -> s.startsWith("review-"));
            if (empty) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (cell == null) {
                text.setText("—");
                text.getStyleClass().add("review-absent");
                setTooltip(new Tooltip("This source does not report this fact."));
            } else {
                text.setText(cell.text());
                Tooltip tooltip = new Tooltip(cell.tooltip());
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(480);
                setTooltip(tooltip);
                text.getStyleClass().add(StatusLabels.styleClass(cell.review()));
            }
            setGraphic(text);
        }
    }
}
