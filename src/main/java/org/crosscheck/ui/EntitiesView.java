package org.crosscheck.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.crosscheck.nlp.Entity;

/** The alias groups: entity name, type, the names used for it, mention count. */
public final class EntitiesView extends VBox {
    @FXML private TableView<EntitiesViewModel.EntityRow> table;
    @FXML private Button mergeEntitiesButton;
    @FXML private Button splitEntityButton;
    private final EntitiesViewModel viewModel;
    private Consumer<Entity> onChosen = e -> { };

    public EntitiesView(EntitiesViewModel viewModel) {
        this.viewModel = viewModel;
        FxmlLoader.load(this, "Entities.fxml");
        TableColumn<EntitiesViewModel.EntityRow, EntitiesViewModel.EntityRow> name = new TableColumn<>("Entity");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(col -> new NameAndTypeCell());
        name.setMinWidth(90);
        TableColumn<EntitiesViewModel.EntityRow, String> aliases = new TableColumn<>("Also called");
        aliases.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().aliases()));
        aliases.setCellFactory(col -> new AliasesCell());
        aliases.setMinWidth(70);
        TableColumn<EntitiesViewModel.EntityRow, Integer> mentions = new TableColumn<>("Mentions");
        mentions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().mentions()));
        mentions.setMinWidth(74);
        mentions.setMaxWidth(74);
        mentions.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().setAll(List.of(name, aliases, mentions));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(viewModel.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        MenuItem mergeItem = new MenuItem("Merge the two selected entities");
        mergeItem.setOnAction(e -> mergeSelected());
        MenuItem splitItem = new MenuItem("Split alias…");
        splitItem.setOnAction(e -> splitSelected());
        table.setContextMenu(new ContextMenu(mergeItem, splitItem));
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<EntitiesViewModel.EntityRow>) change -> {
                    List<EntitiesViewModel.EntityRow> selected = table.getSelectionModel().getSelectedItems();
                    boolean canMerge = selected.size() == 2;
                    boolean canSplit = selected.size() == 1 && EntitiesViewModel.canSplit(selected.get(0));
                    mergeEntitiesButton.setDisable(!canMerge);
                    mergeItem.setDisable(!canMerge);
                    splitEntityButton.setDisable(!canSplit);
                    splitItem.setDisable(!canSplit);
                });
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
            name.setWrapText(true); // "Mustafa al-Kadhimi" on two lines rather than cut
            name.setMaxHeight(34);
            javafx.scene.control.Label type = new javafx.scene.control.Label(row.type());
            type.getStyleClass().add("source-outlet");
            VBox box = new VBox(1, name, type);
            box.setMinWidth(0);
            box.setPrefWidth(0);
            setGraphic(box);
        }
    }

    public TableView<EntitiesViewModel.EntityRow> table() {
        return table;
    }

    /** Merges the two selected entities. */
    @FXML
    public void mergeSelected() {
        List<EntitiesViewModel.EntityRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (selected.size() == 2) {
            viewModel.merge(selected.get(0), selected.get(1));
        }
    }

    /** Asks which name of the selected entity to take out, then splits it off. */
    @FXML
    public void splitSelected() {
        List<EntitiesViewModel.EntityRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (selected.size() != 1 || !EntitiesViewModel.canSplit(selected.get(0))) {
            return;
        }
        EntitiesViewModel.EntityRow row = selected.get(0);
        List<String> aliases = row.entity().aliases().stream().filter(a -> !a.equals(row.name())).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(aliases.isEmpty() ? null : aliases.get(0),
                row.entity().aliases());
        dialog.setTitle("Split alias");
        dialog.setHeaderText("Which name of “" + row.name() + "” is someone or something else?\n"
                + "Its mentions become an entity of their own.");
        dialog.setContentText("Name:");
        if (getScene() != null && getScene().getWindow() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(alias -> viewModel.split(row, alias));
    }

    /** The other names, wrapped onto two lines at most; all of them on hover (row tooltip). */
    private static final class AliasesCell extends javafx.scene.control.TableCell<EntitiesViewModel.EntityRow, String> {
        private final javafx.scene.control.Label label = new javafx.scene.control.Label();

        AliasesCell() {
            label.setWrapText(true);
            label.setMaxHeight(34);
            label.setMinWidth(0);
            label.setPrefWidth(0);
            label.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(String aliases, boolean empty) {
            super.updateItem(aliases, empty);
            setText(null);
            label.setText(aliases);
            setGraphic(empty || aliases == null ? null : label);
        }
    }

    /** Called when the researcher double-clicks an entity (the window filters the table by it). */
    public void setOnEntityChosen(Consumer<Entity> action) {
        this.onChosen = action;
    }
}
