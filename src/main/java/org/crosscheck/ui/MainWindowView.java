package org.crosscheck.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * The window: menu bar, the sources and entities on the left, the cross-source table above the
 * article in the centre, the claim inspector on the right, and a status bar with the analysis
 * progress and its cancel button.
 */
public final class MainWindowView extends BorderPane {
    public static final double WIDTH = 1400;
    public static final double HEIGHT = 900;

    private final MainWindowViewModel viewModel;
    private final FileDialogs dialogs;
    private final SourcesView sourcesView;
    private final FactTableView factTableView;
    private final ArticleView articleView;
    private final ClaimInspectorView inspectorView;
    private final EntitiesView entitiesView;
    private final TimelineView timelineView;
    private final SourceAgreementView sourceAgreementView;
    private final ReviewComparisonView reviewComparisonView;
    @FXML private SplitPane leftSplit;
    @FXML private TabPane centerTabs;
    @FXML private Tab tableTab;
    @FXML private Tab timelineTab;
    @FXML private Tab agreementTab;
    @FXML private Tab reviewersTab;
    @FXML private SplitPane centerSplit;
    @FXML private StackPane inspectorHolder;
    @FXML private Label statusLabel;
    @FXML private Label reviewedLabel;
    @FXML private CheckMenuItem moveOnItem;
    @FXML private Label analysisLabel;
    @FXML private ProgressBar analysisProgress;
    @FXML private Button cancelButton;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem acceptItem;
    @FXML private MenuItem rejectItem;
    @FXML private MenuItem editItem;
    @FXML private MenuItem noteItem;
    @FXML private MenuItem moveItem;
    @FXML private MenuItem splitItem;
    @FXML private MenuItem mergeItem;

    public MainWindowView(MainWindowViewModel viewModel) {
        this(viewModel, new FxFileDialogs());
    }

    public MainWindowView(MainWindowViewModel viewModel, FileDialogs dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        FxmlLoader.load(this, "MainWindow.fxml");
        sourcesView = new SourcesView(viewModel.sources(), viewModel.analysis());
        factTableView = new FactTableView(viewModel.facts());
        articleView = new ArticleView(viewModel.article());
        inspectorView = new ClaimInspectorView(viewModel.inspector());
        entitiesView = new EntitiesView(viewModel.entities());
        timelineView = new TimelineView(viewModel.timeline());
        sourceAgreementView = new SourceAgreementView(viewModel.sourceAgreement());
        leftSplit.getItems().setAll(sourcesView, entitiesView);
        tableTab.setContent(factTableView);
        timelineTab.setContent(timelineView);
        timelineView.showingProperty().bind(timelineTab.selectedProperty());
        agreementTab.setContent(sourceAgreementView);
        reviewComparisonView = new ReviewComparisonView(viewModel.reviewComparison());
        reviewersTab.setContent(reviewComparisonView);
        reviewComparisonView.setDialogs((kind, ext) -> dialogs.saveFile(window(), kind, "review." + ext, ext),
                kind -> dialogs.openFile(window(), kind, "csv"));
        centerSplit.getItems().setAll(centerTabs, articleView);
        timelineView.setSaveDialog((kind, ext) -> dialogs.saveFile(window(), kind, "timeline." + ext, ext));
        sourceAgreementView.setSaveDialog((kind, ext) -> dialogs.saveFile(window(), kind,
                "source-agreement." + ext, ext));
        viewModel.sourceAgreement().setShowTable(this::showTable);
        inspectorHolder.getChildren().setAll(inspectorView);
        SplitPane.setResizableWithParent(leftSplit, false);
        SplitPane.setResizableWithParent(inspectorHolder, false);

        sourcesView.setOnAddArticles(this::addArticles);
        acceptDroppedFiles();
        entitiesView.setOnEntityChosen(factTableView::filterByEntity);

        ProjectSession session = viewModel.session();
        statusLabel.textProperty().bind(session.statusProperty());
        reviewedLabel.textProperty().bind(viewModel.reviewLoop().progressTextProperty());
        moveOnItem.selectedProperty().bindBidirectional(viewModel.reviewLoop().moveOnProperty());
        undoItem.disableProperty().bind(session.canUndoProperty().not());
        redoItem.disableProperty().bind(session.canRedoProperty().not());
        for (MenuItem item : List.of(acceptItem, rejectItem, editItem, noteItem, moveItem, splitItem, mergeItem)) {
            item.disableProperty().bind(viewModel.inspector().hasClaimProperty().not());
        }
        AnalysisViewModel analysis = viewModel.analysis();
        analysisLabel.textProperty().bind(analysis.stageProperty());
        analysisProgress.progressProperty().bind(analysis.progressProperty());
        for (javafx.scene.Node n : List.of(analysisLabel, analysisProgress, cancelButton)) {
            n.visibleProperty().bind(analysis.runningProperty());
            n.managedProperty().bind(analysis.runningProperty());
        }
        session.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                showError(error);
            }
        });
    }

    /** Articles (files or folders) dropped anywhere on the window are analysed into the project. */
    private void acceptDroppedFiles() {
        addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            boolean hasFiles = event.getDragboard().hasFiles();
            if (hasFiles) {
                viewModel.addArticles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(hasFiles);
            event.consume();
        });
    }

    /** The scene with the style sheet and the accelerators that have no menu item of their own. */
    public Scene createScene() {
        Scene scene = new Scene(this, WIDTH, HEIGHT);
        scene.getStylesheets().add(MainWindowView.class.getResource("crosscheck.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::redo);
        return scene;
    }

    public FactTableView factTable() {
        return factTableView;
    }

    public ArticleView article() {
        return articleView;
    }

    public ClaimInspectorView inspector() {
        return inspectorView;
    }

    public EntitiesView entities() {
        return entitiesView;
    }

    public SourcesView sources() {
        return sourcesView;
    }

    public TimelineView timeline() {
        return timelineView;
    }

    public SourceAgreementView sourceAgreement() {
        return sourceAgreementView;
    }

    public ReviewComparisonView reviewComparison() {
        return reviewComparisonView;
    }

    /** The split between the views above and the article below. */
    SplitPane centerSplit() {
        return centerSplit;
    }

    public TabPane centerTabs() {
        return centerTabs;
    }

    @FXML
    public void showTable() {
        centerTabs.getSelectionModel().select(tableTab);
    }

    @FXML
    public void showTimeline() {
        centerTabs.getSelectionModel().select(timelineTab);
    }

    @FXML
    public void showSourceAgreement() {
        centerTabs.getSelectionModel().select(agreementTab);
    }

    @FXML
    public void showReviewers() {
        centerTabs.getSelectionModel().select(reviewersTab);
    }

    @FXML
    private void exportReview() {
        showReviewers();
        reviewComparisonView.exportReview();
    }

    @FXML
    private void importReview() {
        showReviewers();
        reviewComparisonView.importReview();
    }

    // ---- menu actions -------------------------------------------------------------------

    @FXML
    private void openProject() {
        dialogs.openProject(window()).ifPresent(viewModel::openProject);
    }

    @FXML
    private void saveProjectAs() {
        dialogs.saveProjectAs(window()).ifPresent(viewModel::saveProjectAs);
    }

    @FXML
    private void addArticles() {
        List<Path> files = dialogs.articles(window());
        if (!files.isEmpty()) {
            viewModel.addArticles(files);
        }
    }

    @FXML
    private void addFolder() {
        dialogs.articleFolder(window()).ifPresent(dir -> viewModel.addArticles(List.of(dir)));
    }

    @FXML
    private void export() {
        dialogs.exportFolder(window()).ifPresent(viewModel::export);
    }

    @FXML
    private void quit() {
        window().hide();
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void redo() {
        viewModel.redo();
    }

    @FXML
    private void focusSearch() {
        factTableView.searchField().requestFocus();
    }

    // Single-key shortcuts must not fire while the researcher types into a field.
    @FXML
    private void accept() {
        unlessTyping(inspectorView::accept);
    }

    @FXML
    private void reject() {
        unlessTyping(inspectorView::reject);
    }

    @FXML
    private void nextUnreviewed() {
        unlessTyping(viewModel.reviewLoop()::nextUnreviewed);
    }

    @FXML
    private void acceptFact() {
        unlessTyping(viewModel.reviewLoop()::acceptFact);
    }

    @FXML
    private void rejectFact() {
        unlessTyping(viewModel.reviewLoop()::rejectFact);
    }

    @FXML
    private void acceptShown() {
        viewModel.reviewLoop().acceptShown();
    }

    @FXML
    private void rejectShown() {
        viewModel.reviewLoop().rejectShown();
    }

    @FXML
    private void editValue() {
        inspectorView.editValue();
    }

    @FXML
    private void note() {
        inspectorView.note();
    }

    @FXML
    private void moveToFact() {
        inspectorView.moveToFact();
    }

    @FXML
    private void split() {
        inspectorView.split();
    }

    @FXML
    private void mergeFacts() {
        inspectorView.mergeFacts();
    }

    @FXML
    private void cancelAnalysis() {
        viewModel.analysis().cancel();
    }

    @FXML
    private void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(window());
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.setContentText("""
                ↑ / ↓        previous / next fact
                ← / →        previous / next claim of the fact
                A            accept the claim (and on to the next unreviewed)
                R            reject the claim (and on to the next unreviewed)
                Shift+A / Shift+R   accept / reject the whole fact
                N            next fact with an unreviewed claim
                F2           edit the value
                Ctrl+Z       undo
                Ctrl+Shift+Z or Ctrl+Y   redo
                Ctrl+F       search the claims
                Ctrl+E       export CSV
                Ctrl+O       open a project
                Ctrl+S       save the project as""");
        alert.show();
    }

    private void unlessTyping(Runnable action) {
        if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        action.run();
    }

    private void showError(UserError error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (window() != null) {
            alert.initOwner(window());
        }
        alert.setTitle("Crosscheck");
        alert.setHeaderText(error.title());
        alert.setContentText(error.message() + "\n\nNothing already saved was lost.");
        alert.show();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
