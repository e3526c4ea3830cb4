package org.crosscheck.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * Two reviewers: export this project's review, import another's, the claims where they differ with
 * this project's decision beside theirs, adjudication, and the agreement figures.
 */
public final class ReviewComparisonView extends VBox {
    private final ReviewComparisonViewModel viewModel;
    private BiFunction<String, String, Optional<Path>> saveDialog = (kind, ext) -> Optional.empty();
    private Function<String, Optional<Path>> openDialog = kind -> Optional.empty();
    @FXML private Label agreementLabel;
    @FXML private Label problemsLabel;
    @FXML private TableView<ReviewComparisonViewModel.Difference> table;

    public ReviewComparisonView(ReviewComparisonViewModel viewModel) {
        this.viewModel = viewModel;
        FxmlLoader.load(this, "ReviewComparison.fxml");
        agreementLabel.textProperty().bind(viewModel.agreementProperty());
        problemsLabel.textProperty().bind(viewModel.problemsProperty());
        problemsLabel.visibleProperty().bind(viewModel.problemsProperty().isNotEmpty());
        problemsLabel.managedProperty().bind(problemsLabel.visibleProperty());
        table.getColumns().setAll(List.of(column("Fact", 220, ReviewComparisonViewModel.Difference::fact),
                column("Source", 130, ReviewComparisonViewModel.Difference::source),
                column("Value", 150, ReviewComparisonViewModel.Difference::value),
                column("This project", 210, ReviewComparisonViewModel.Difference::mine),
                column("Other review", 210, ReviewComparisonViewModel.Difference::theirs)));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setItems(viewModel.differences());
    }

    public void setDialogs(BiFunction<String, String, Optional<Path>> save, Function<String, Optional<Path>> open) {
        this.saveDialog = save;
        this.openDialog = open;
    }

    public TableView<ReviewComparisonViewModel.Difference> table() {
        return table;
    }

    public Label agreementLabel() {
        return agreementLabel;
    }

    private static TableColumn<ReviewComparisonViewModel.Difference, String> column(
            String title, double width, Function<ReviewComparisonViewModel.Difference, String> value) {
        TableColumn<ReviewComparisonViewModel.Difference, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    @FXML
    void exportReview() {
        saveDialog.apply("this project's review decisions", "csv").ifPresent(viewModel::exportReview);
    }

    @FXML
    void importReview() {
        openDialog.apply("another researcher's review").ifPresent(viewModel::importReview);
    }

    @FXML
    private void takeTheirs() {
        viewModel.takeTheirs(List.copyOf(table.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void takeAllTheirs() {
        viewModel.takeTheirs(List.copyOf(table.getItems()));
    }

    @FXML
    private void keepMine() {
        viewModel.keepMine(List.copyOf(table.getSelectionModel().getSelectedItems()));
    }
}
