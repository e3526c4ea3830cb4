package org.crosscheck.ui;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
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
import org.crosscheck.align.Disagreement;
import org.crosscheck.align.FactStatus;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.ReviewState;

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
    @FXML private Button clearFilters;
    @FXML private Label countLabel;
    @FXML private TableView<FactRow> table;
    private boolean syncing;

    public FactTableView(FactTableViewModel viewModel) {
        this.viewModel = viewModel;
        FxmlLoader.load(this, "FactTable.fxml");
        bindFilters();
        buildFixedColumns();
        viewModel.sources().addListener((ListChangeListener<DocumentInfo>) change -> rebuildSourceColumns());
        rebuildSourceColumns();

        SortedList<FactRow> sorted = new SortedList<>(viewModel.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        countLabel.textProperty().bind(viewModel.countTextProperty());

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                viewModel.select(row);
            }
        });
        viewModel.selectedFactIdProperty().addListener(obs -> showSelection());
        table.getItems().addListener((ListChangeListener<FactRow>) change -> showSelection());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::moveBetweenClaims);
    }

    public TableView<FactRow> table() {
        return table;
    }

    public TextField searchField() {
        return searchField;
    }

    /** N: the next fact with an unreviewed claim, in the order the table shows. */
    public void selectNextUnreviewed() {
        viewModel.selectNextUnreviewed(List.copyOf(table.getItems()));
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
        kindFilter.getItems().setAll(Choice.withAll("All disagreement kinds",
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
        status.setPrefWidth(105);
        status.setMinWidth(95);

        TableColumn<FactRow, String> label = new TableColumn<>("Fact");
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        label.setCellFactory(col -> new TooltipCell());
        label.setPrefWidth(220);

        TableColumn<FactRow, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().fact().kind().csvName()));
        kind.setPrefWidth(80);

        TableColumn<FactRow, String> disagreement = new TableColumn<>("Disagreement");
        disagreement.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().disagreementLabel()));
        disagreement.setPrefWidth(105);

        TableColumn<FactRow, Integer> independent = new TableColumn<>("Indep. sources");
        independent.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fact().independentSources()));
        independent.setPrefWidth(110);
        independent.setStyle("-fx-alignment: CENTER;");

        table.getColumns().setAll(List.of(status, label, kind, disagreement, independent));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    private void rebuildSourceColumns() {
        table.getColumns().remove(5, table.getColumns().size());
        for (DocumentInfo doc : viewModel.sources()) {
            TableColumn<FactRow, FactRow.SourceCell> column = new TableColumn<>();
            Label header = new Label(doc.outlet() == null || doc.outlet().isBlank() ? doc.name() : doc.outlet());
            header.setTooltip(new Tooltip(doc.title() + "\n" + doc.name()
                    + (doc.published() == null ? "" : "\npublished " + doc.published())));
            column.setGraphic(header);
            column.setUserData(doc.name());
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(doc.name())));
            column.setComparator(java.util.Comparator.nullsLast(
                    java.util.Comparator.comparing(FactRow.SourceCell::text, String.CASE_INSENSITIVE_ORDER)));
            column.setCellFactory(col -> new SourceValueCell());
            column.setPrefWidth(150);
            table.getColumns().add(column);
        }
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
            setText(row.statusLabel());
            getStyleClass().add(StatusLabels.styleClass(row.fact().status()));
        }
    }

    /** A long fact label, in full on hover. */
    private static final class TooltipCell extends TableCell<FactRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
        }
    }

    /** One source's value: as written, with the normalised value and the sentence on hover. */
    private static final class SourceValueCell extends TableCell<FactRow, FactRow.SourceCell> {
        @Override
        protected void updateItem(FactRow.SourceCell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().removeIf(s -> s.startsWith("review-"));
            if (empty || cell == null) {
                setText(empty ? null : "—");
                setTooltip(empty ? null : new Tooltip("This source does not report this fact."));
                if (!empty) {
                    getStyleClass().add("review-absent");
                }
                return;
            }
            setText(cell.text());
            Tooltip tooltip = new Tooltip(cell.tooltip());
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
            setTooltip(tooltip);
            if (cell.review() != ReviewState.AUTO) {
                getStyleClass().add(StatusLabels.styleClass(cell.review()));
            }
        }
    }
}
