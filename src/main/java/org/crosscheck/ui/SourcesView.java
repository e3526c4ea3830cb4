package org.crosscheck.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;

/**
 * The articles: title with a "copy of" badge, outlet, publication date (editable), claim count.
 * "Add articles…" asks the window to pick files; dropped files are handled by the window.
 */
public final class SourcesView extends VBox {
    private final SourcesViewModel viewModel;
    private final AnalysisViewModel analysis;
    private Runnable onAddArticles = () -> { };
    @FXML private TableView<SourcesViewModel.SourceRow> table;
    @FXML private VBox analysisBox;
    @FXML private Label analysisStage;
    @FXML private ListView<AnalysisViewModel.ArticleOutcome> analysisList;

    public SourcesView(SourcesViewModel viewModel, AnalysisViewModel analysis) {
        this.viewModel = viewModel;
        this.analysis = analysis;
        FxmlLoader.load(this, "Sources.fxml");
        buildColumns();
        table.setItems(viewModel.rows());

        analysisList.setItems(analysis.articles());
        analysisList.setCellFactory(list -> new OutcomeCell());
        analysisStage.textProperty().bind(analysis.stageProperty());
        analysisBox.visibleProperty().bind(analysis.showOutcomesProperty());
        analysisBox.managedProperty().bind(analysisBox.visibleProperty());
    }

    public void setOnAddArticles(Runnable action) {
        this.onAddArticles = action;
    }

    public TableView<SourcesViewModel.SourceRow> table() {
        return table;
    }

    @FXML
    private void addArticles() {
        onAddArticles.run();
    }

    private void buildColumns() {
        TableColumn<SourcesViewModel.SourceRow, SourcesViewModel.SourceRow> title = new TableColumn<>("Article");
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        title.setCellFactory(col -> new TitleCell(viewModel));
        title.setEditable(true);
        title.setMinWidth(70);

        TableColumn<SourcesViewModel.SourceRow, String> published = new TableColumn<>("Published");
        published.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().published()));
        published.setCellFactory(TextFieldTableCell.forTableColumn());
        published.setOnEditCommit(e -> viewModel.setPublished(e.getRowValue().document(), e.getNewValue()));
        published.setEditable(true);
        fixedWidth(published, 90);

        TableColumn<SourcesViewModel.SourceRow, Integer> claims = new TableColumn<>("Claims");
        claims.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().claimCount()));
        claims.setStyle("-fx-alignment: CENTER-RIGHT;");
        fixedWidth(claims, 56);

        table.getColumns().setAll(List.of(title, published, claims));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    private static void fixedWidth(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }

    /**
     * The title (two lines at most), then the outlet and, for a copy, a "copy of …" badge. A
     * double-click edits the title in place: Enter saves it, Escape leaves it, an empty title goes
     * back to the one found in the article.
     */
    private static final class TitleCell extends TableCell<SourcesViewModel.SourceRow, SourcesViewModel.SourceRow> {
        private final SourcesViewModel viewModel;
        private javafx.scene.control.TextField field;

        TitleCell(SourcesViewModel viewModel) {
            this.viewModel = viewModel;
        }

        @Override
        public void startEdit() {
            SourcesViewModel.SourceRow row = getItem();
            if (row == null) {
                return;
            }
            super.startEdit();
            field = new javafx.scene.control.TextField(row.document().title() == null ? "" : row.document().title());
            field.getStyleClass().add("title-field");
            field.setOnAction(e -> {
                String typed = field.getText();
                cancelEdit();
                viewModel.setTitle(row.document(), typed);
            });
            field.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            setGraphic(field);
            field.selectAll();
            field.requestFocus();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            field = null;
            show(getItem());
        }

        @Override
        protected void updateItem(SourcesViewModel.SourceRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (!isEditing()) {
                show(row);
            }
        }

        private void show(SourcesViewModel.SourceRow row) {
            if (row == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(row.title());
            title.getStyleClass().add("source-title");
            title.setWrapText(true); // two lines of the title before "…"; all of it on hover
            title.setMaxHeight(34);
            Label outlet = new Label(row.outlet().isEmpty() ? row.document().name() : row.outlet());
            outlet.getStyleClass().add("source-outlet");
            VBox box = new VBox(1, title, outlet);
            if (!row.copyBadge().isEmpty()) {
                Label badge = new Label(row.copyBadge());
                badge.getStyleClass().add("copy-badge");
                box.getChildren().add(badge);
            }
            box.setMinWidth(0);
            box.setPrefWidth(0);
            setGraphic(box);
            setTooltip(new javafx.scene.control.Tooltip(row.title() + "\n" + row.outlet() + " — " + row.document().name()
                    + (row.copyBadge().isEmpty() ? "" : "\n" + row.copyBadge())));
        }
    }

    /** One article of the running analysis: a bar while it is analysed, then what happened to it. */
    private static final class OutcomeCell extends ListCell<AnalysisViewModel.ArticleOutcome> {
        private final javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        private final javafx.scene.control.Label label = new javafx.scene.control.Label();
        private final VBox box = new VBox(2, label, bar);

        OutcomeCell() {
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setPrefHeight(10);
            label.setWrapText(true);
            box.setMinWidth(0);
            box.setPrefWidth(0);
        }

        @Override
        protected void updateItem(AnalysisViewModel.ArticleOutcome item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            getStyleClass().removeAll("outcome-failed");
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String mark = !item.finished() ? "⋯ " : item.failed() ? "✖ " : "✔ ";
            label.setText(mark + item.document() + " — " + item.outcome());
            // Indeterminate while CoreNLP works on it (it reports no fraction), full once done.
            bar.setProgress(item.finished() ? 1 : javafx.scene.control.ProgressBar.INDETERMINATE_PROGRESS);
            bar.setVisible(!item.failed());
            bar.setManaged(!item.failed());
            setGraphic(box);
            setTooltip(new javafx.scene.control.Tooltip(label.getText()));
            if (item.failed()) {
                getStyleClass().add("outcome-failed");
            }
        }
    }
}
