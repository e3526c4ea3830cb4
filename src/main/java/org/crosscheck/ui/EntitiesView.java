package org.crosscheck.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.crosscheck.nlp.Entity;

/** The alias groups: entity name, type, the names used for it, mention count. */
public final class EntitiesView extends VBox {
    @FXML private TableView<EntitiesViewModel.EntityRow> table;
    private Consumer<Entity> onChosen = e -> { };

    public EntitiesView(EntitiesViewModel viewModel) {
        FxmlLoader.load(this, "Entities.fxml");
        TableColumn<EntitiesViewModel.EntityRow, String> name = new TableColumn<>("Entity");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(120);
        TableColumn<EntitiesViewModel.EntityRow, String> type = new TableColumn<>("Type");
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type()));
        type.setPrefWidth(80);
        TableColumn<EntitiesViewModel.EntityRow, String> aliases = new TableColumn<>("Also called");
        aliases.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().aliases()));
        aliases.setPrefWidth(120);
        TableColumn<EntitiesViewModel.EntityRow, Integer> mentions = new TableColumn<>("Mentions");
        mentions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().mentions()));
        mentions.setPrefWidth(70);
        mentions.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().setAll(List.of(name, type, aliases, mentions));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(viewModel.rows());
        table.setRowFactory(t -> {
            TableRow<EntitiesViewModel.EntityRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onChosen.accept(row.getItem().entity());
                }
            });
            return row;
        });
    }

    /** Called when the researcher double-clicks an entity (the window filters the table by it). */
    public void setOnEntityChosen(Consumer<Entity> action) {
        this.onChosen = action;
    }
}
