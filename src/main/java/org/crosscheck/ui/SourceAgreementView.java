package org.crosscheck.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.crosscheck.project.DocumentInfo;

/**
 * The source agreement matrix: a row and a column per source; each cell the facts both report,
 * the share that agree (✔) and that disagree (✖), shaded by the latter, and "⇄ copy" where one
 * copies the other. A click on a cell shows its facts in the table; a click on a row's source lists
 * that source's disagreements beside the matrix.
 */
public final class SourceAgreementView extends VBox {
    /** The style class of a cell; its user data is the {@link SourceAgreement.Cell}. */
    public static final String CELL = "matrix-cell";

    private final SourceAgreementViewModel viewModel;
    private final GridPane grid = new GridPane();
    private BiFunction<String, String, Optional<Path>> saveDialog = (kind, ext) -> Optional.empty();
    @FXML private ScrollPane matrixScroll;
    @FXML private Label disagreementsTitle;
    @FXML private ListView<String> disagreementList;

    public SourceAgreementView(SourceAgreementViewModel viewModel) {
        this.viewModel = viewModel;
        FxmlLoader.load(this, "SourceAgreement.fxml");
        grid.getStyleClass().add("matrix");
        matrixScroll.setContent(grid);
        disagreementList.setItems(viewModel.disagreements());
        viewModel.matrixProperty().addListener((obs, old, matrix) -> draw(matrix));
        viewModel.chosenSourceProperty().addListener(obs -> titleDisagreements());
        draw(viewModel.matrixProperty().get());
    }

    public void setSaveDialog(BiFunction<String, String, Optional<Path>> dialog) {
        this.saveDialog = dialog;
    }

    public GridPane grid() {
        return grid;
    }

    public ListView<String> disagreementList() {
        return disagreementList;
    }

    private void draw(SourceAgreement matrix) {
        grid.getChildren().clear();
        if (matrix.tooManySources()) {
            Label note = new Label("This project has " + matrix.allSources() + " sources; the matrix shows at most "
                    + SourceAgreement.MAX_SOURCES + ". Open a project of one story, or filter the table by source.");
            note.setWrapText(true);
            note.setMaxWidth(600);
            note.getStyleClass().add("hint");
            grid.add(note, 0, 0);
        }
        List<DocumentInfo> sources = matrix.sources();
        for (int i = 0; i < sources.size(); i++) {
            DocumentInfo source = sources.get(i);
            Label column = header(viewModel.sourceName(source.name()), source);
            column.setMaxWidth(110);
            grid.add(column, i + 1, 0);
            Label row = header(viewModel.sourceName(source.name()), source);
            row.setOnMouseClicked(e -> viewModel.chosenSourceProperty().set(source));
            row.setCursor(javafx.scene.Cursor.HAND);
            row.setTooltip(new Tooltip(source.title() + "\nClick to list its disagreements"));
            grid.add(row, 0, i + 1);
            for (int j = 0; j < sources.size(); j++) {
                grid.add(cell(matrix.cell(source.name(), sources.get(j).name())), j + 1, i + 1);
            }
        }
        titleDisagreements();
    }

    private static Label header(String text, DocumentInfo source) {
        Label label = new Label(text);
        label.getStyleClass().add("matrix-header");
        label.setWrapText(true);
        label.setMaxWidth(130);
        return label;
    }

    private Label cell(SourceAgreement.Cell c) {
        boolean self = c.source().equals(c.other());
        String text;
        if (c.facts() == 0) {
            text = "—";
        } else if (self) {
            text = c.facts() + " facts\n✖ " + c.disagree() + " disagree";
        } else {
            text = c.facts() + (c.facts() == 1 ? " fact" : " facts") + "\n✔ " + percent(c.shareAgree())
                    + "  ✖ " + percent(c.shareDisagree());
        }
        Label label = new Label(c.copy() ? text + "\n⇄ copy" : text);
        label.getStyleClass().addAll(CELL, self ? "matrix-self" : c.facts() == 0 ? "matrix-none"
                : c.disagree() == 0 ? "matrix-agree" : c.shareDisagree() >= 0.5 ? "matrix-disagree" : "matrix-mixed");
        if (c.copy()) {
            label.getStyleClass().add("matrix-copy");
        }
        label.setUserData(c);
        label.setMinSize(92, 44);
        label.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        label.setTooltip(new Tooltip(tooltip(c)));
        label.setOnMouseClicked(e -> viewModel.openCell(c));
        return label;
    }

    private String tooltip(SourceAgreement.Cell c) {
        String a = viewModel.sourceName(c.source());
        String b = viewModel.sourceName(c.other());
        if (c.source().equals(c.other())) {
            return a + " reports " + c.facts() + " facts; " + c.disagree() + " of them disagree.\nClick to see them in the table.";
        }
        return a + " and " + b + " both report " + c.facts() + " facts: " + c.agree() + " agree, " + c.disagree()
                + " disagree" + (c.copy() ? "; one copies the other" : "") + ".\nClick to see them in the table.";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private void titleDisagreements() {
        DocumentInfo source = viewModel.chosenSourceProperty().get();
        disagreementsTitle.setText(source == null ? "Disagreements"
                : "Disagreements of " + viewModel.sourceName(source.name()) + " (" + viewModel.disagreements().size() + ")");
    }

    @FXML
    private void exportCsv() {
        saveDialog.apply("the source agreement matrix as CSV", "csv").ifPresent(viewModel::exportCsv);
    }

    @FXML
    private void exportPng() {
        saveDialog.apply("the source agreement matrix as PNG", "png").ifPresent(this::savePng);
    }

    void savePng(Path file) {
        try {
            grid.applyCss();
            grid.layout();
            Pictures.savePng(grid, file);
            viewModel.saved(file, null);
        } catch (java.io.IOException | RuntimeException e) {
            viewModel.saved(file, e);
        }
    }
}
