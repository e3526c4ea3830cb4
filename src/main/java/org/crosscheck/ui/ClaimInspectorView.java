package org.crosscheck.ui;

import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import org.crosscheck.project.Fact;

/**
 * The selected claim's fields and the review buttons. Dialogs (edit value, note, move, merge)
 * live here; what they decide goes to the view model.
 */
public final class ClaimInspectorView extends VBox {
    private final ClaimInspectorViewModel viewModel;
    @FXML private Label factTitle;
    @FXML private ListView<ClaimInspectorViewModel.ClaimItem> claimList;
    @FXML private Label sourceValue;
    @FXML private Label kindValue;
    @FXML private Label subjectValue;
    @FXML private Label predicateValue;
    @FXML private Label valueValue;
    @FXML private Label normalizedValue;
    @FXML private Label unitValue;
    @FXML private Label speakerValue;
    @FXML private Label reviewValue;
    @FXML private Label noteValue;
    @FXML private Label sentenceValue;
    @FXML private Button acceptButton;
    @FXML private Button rejectButton;
    @FXML private Button editButton;
    @FXML private Button noteButton;
    @FXML private Button moveButton;
    @FXML private Button splitButton;
    @FXML private Button mergeButton;
    private boolean syncing;

    public ClaimInspectorView(ClaimInspectorViewModel viewModel) {
        this.viewModel = viewModel;
        FxmlLoader.load(this, "ClaimInspector.fxml");
        factTitle.textProperty().bind(viewModel.factTitleProperty());
        sourceValue.textProperty().bind(viewModel.sourceProperty());
        kindValue.textProperty().bind(viewModel.kindProperty());
        subjectValue.textProperty().bind(viewModel.subjectProperty());
        predicateValue.textProperty().bind(viewModel.predicateProperty());
        valueValue.textProperty().bind(viewModel.valueProperty());
        normalizedValue.textProperty().bind(viewModel.normalizedProperty());
        unitValue.textProperty().bind(viewModel.unitProperty());
        speakerValue.textProperty().bind(viewModel.speakerProperty());
        reviewValue.textProperty().bind(viewModel.reviewProperty());
        noteValue.textProperty().bind(viewModel.noteProperty());
        sentenceValue.textProperty().bind(viewModel.sentenceProperty());
        for (Button b : List.of(acceptButton, rejectButton, editButton, noteButton, moveButton, splitButton, mergeButton)) {
            b.disableProperty().bind(viewModel.hasClaimProperty().not());
        }

        claimList.setItems(viewModel.claimsOfFact());
        claimList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ClaimInspectorViewModel.ClaimItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                // Wrap to the list's width instead of scrolling sideways.
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        claimList.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null) {
                viewModel.selectClaim(item.claimId());
            }
        });
        viewModel.claimsOfFact().addListener((javafx.collections.ListChangeListener<ClaimInspectorViewModel.ClaimItem>)
                c -> showSelectedClaim());
        viewModel.reviewProperty().addListener(obs -> showSelectedClaim());
        viewModel.sourceProperty().addListener(obs -> showSelectedClaim());
    }

    private void showSelectedClaim() {
        syncing = true;
        try {
            String id = viewModel.selectedClaimId();
            claimList.getItems().stream().filter(i -> i.claimId().equals(id)).findFirst()
                    .ifPresentOrElse(i -> claimList.getSelectionModel().select(i),
                            () -> claimList.getSelectionModel().clearSelection());
        } finally {
            syncing = false;
        }
    }

    @FXML
    public void accept() {
        viewModel.accept();
    }

    @FXML
    public void reject() {
        viewModel.reject();
    }

    @FXML
    public void editValue() {
        if (!viewModel.hasClaimProperty().get()) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(viewModel.editableValue());
        dialog.setTitle("Edit value");
        dialog.setHeaderText("The value this source gives, as you read it:");
        dialog.setContentText("Value:");
        owned(dialog);
        dialog.showAndWait().ifPresent(viewModel::editValue);
    }

    @FXML
    public void note() {
        if (!viewModel.hasClaimProperty().get()) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(viewModel.noteProperty().get());
        dialog.setTitle("Note");
        dialog.setHeaderText("A note on this claim (saved with the project, exported with it):");
        dialog.setContentText("Note:");
        owned(dialog);
        dialog.showAndWait().ifPresent(viewModel::note);
    }

    @FXML
    public void moveToFact() {
        chooseFact("Move claim", "Move the selected claim into which fact?").ifPresent(viewModel::moveTo);
    }

    @FXML
    public void split() {
        viewModel.split();
    }

    @FXML
    public void mergeFacts() {
        chooseFact("Merge facts", "Merge which fact into “" + viewModel.factTitleProperty().get() + "”?")
                .ifPresent(viewModel::mergeWith);
    }

    private Optional<Fact> chooseFact(String title, String header) {
        List<Choice<Fact>> choices = viewModel.otherFacts().stream()
                .map(f -> new Choice<>(f.label() + "  (" + StatusLabels.of(f.status()) + ")", f)).toList();
        if (!viewModel.hasClaimProperty().get() || choices.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<Choice<Fact>> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText("Fact:");
        owned(dialog);
        return dialog.showAndWait().map(Choice::value);
    }

    private void owned(javafx.scene.control.Dialog<?> dialog) {
        if (getScene() != null && getScene().getWindow() != null) {
            dialog.initOwner(getScene().getWindow());
        }
    }
}
