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
        TableColumn<EntitiesViewModel.EntityRow, EntitiesViewModel.EntityRow> name = new TableColumn<>("Entity");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(col -> new NameAndTypeCell());
        name.setMinWidth(90);
        TableColumn<EntitiesViewModel.EntityRow, String> aliases = new TableColumn<>("Also called");
        aliases.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().aliases()));
        aliases.setMinWidth(70);
        TableColumn<EntitiesViewModel.EntityRow, Integer> mentions = new TableColumn<>("Mentions");
        mentions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().mentions()));
        mentions.setMinWidth(74);
        mentions.setMaxWidth(74);
        mentions.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().setAll(List.of(name, aliases, mentions));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(viewModel.rows());
        table.setRowFactory(t -> {
            TableRow<EntitiesViewModel.EntityRow> row = new TableRow<>() {
                @Override
                protected void updateItem(EntitiesViewModel.EntityRow item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(
                            item.name() + " (" + item.type() + ")\nAlso called: " + item.aliases()
                                    + "\n" + item.mentions() + " mentions"));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onChosen.accept(row.getItem().entity());
                }
            });
            return row;
        });
    }

    /** The entity's name with its type underneath. */
    private static final class NameAndTypeCell
            extends javafx.scene.control.TableCell<EntitiesViewModel.EntityRow, EntitiesViewModel.EntityRow> {
        @Override
        protected void updateItem(EntitiesViewModel.EntityRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            javafx.scene.control.Label name = new javafx.scene.control.Label(row.name());
            name.getStyleClass().add("source-title");
            javafx.scene.control.Label type = new javafx.scene.control.Label(row.type());
            type.getStyleClass().add("source-outlet");
            VBox box = new VBox(1, name, type);
            box.setMinWidth(0);
            box.setPrefWidth(0);
            setGraphic(box);
        }
    }

    /** Called when the researcher double-clicks an entity (the window filters the table by it). */
    public void setOnEntityChosen(Consumer<Entity> action) {
        this.onChosen = action;
    }
}
