package org.crosscheck.ui;

import java.util.Collection;
import java.util.List;
import javafx.fxml.FXML;
import java.time.Duration;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.crosscheck.project.DocumentInfo;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The article text in a read-only RichTextFX area: mentions styled by type, claim sentences
 * marked, the selected fact's sentence highlighted and scrolled into view. Clicking a marked
 * sentence selects its claim.
 */
public final class ArticleView extends VBox {
    private final ArticleViewModel viewModel;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    @FXML private ComboBox<DocumentInfo> documentChooser;
    @FXML private StackPane textHolder;

    public ArticleView(ArticleViewModel viewModel) {
        this.viewModel = viewModel;
        FxmlLoader.load(this, "Article.fxml");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("article-area");
        area.setPadding(new javafx.geometry.Insets(8, 12, 8, 12));
        textHolder.getChildren().add(new VirtualizedScrollPane<>(area));

        documentChooser.setItems(viewModel.documents());
        documentChooser.setCellFactory(list -> new DocumentCell());
        documentChooser.setButtonCell(new DocumentCell());
        documentChooser.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DocumentInfo doc) {
                return DocumentCell.label(doc);
            }

            @Override
            public DocumentInfo fromString(String text) {
                return null;
            }
        });
        documentChooser.valueProperty().bindBidirectional(viewModel.documentProperty());

        viewModel.textProperty().addListener((obs, old, text) -> area.replaceText(text));
        viewModel.stylesProperty().addListener((obs, old, styles) -> applyStyles(styles));
        viewModel.focusPositionProperty().addListener((obs, old, pos) -> scrollTo(pos.intValue()));
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> viewModel.selectAt(area.getCaretPosition()));
        showTipsOnHover();

        area.replaceText(viewModel.textProperty().get());
        applyStyles(viewModel.stylesProperty().get());
    }

    public StyleClassedTextArea textArea() {
        return area;
    }

    /** Hovering a mention or a value shows what it is (type, entity, normalised value, fact). */
    private void showTipsOnHover() {
        Label tip = new Label();
        tip.setStyle("-fx-background-color: #1f2933; -fx-text-fill: #ffffff; -fx-padding: 4 8 4 8;"
                + " -fx-background-radius: 3; -fx-font-size: 12px;");
        Popup popup = new Popup();
        popup.getContent().add(tip);
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e ->
                viewModel.describeAt(e.getCharacterIndex()).ifPresent(text -> {
                    tip.setText(text);
                    popup.show(area, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() + 14);
                }));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
    }

    private void applyStyles(List<ArticleStyles.Segment> segments) {
        int total = segments.stream().mapToInt(ArticleStyles.Segment::length).sum();
        if (segments.isEmpty() || total != area.getLength()) {
            return;
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        segments.forEach(s -> spans.add(s.classes(), s.length()));
        StyleSpans<Collection<String>> built = spans.create();
        area.setStyleSpans(0, built);
        scrollTo(viewModel.focusPositionProperty().get());
    }

    private void scrollTo(int position) {
        if (position < 0 || position > area.getLength()) {
            return;
        }
        // The sentence's paragraph goes to the top; following the caret keeps a sentence
        // deep inside a long paragraph in view too.
        int paragraph = area.offsetToPosition(position, TwoDimensional.Bias.Forward).getMajor();
        area.moveTo(position);
        area.showParagraphAtTop(paragraph);
        area.requestFollowCaret();
    }

    /** "Outlet — title" for the document chooser. */
    private static final class DocumentCell extends ListCell<DocumentInfo> {
        @Override
        protected void updateItem(DocumentInfo doc, boolean empty) {
            super.updateItem(doc, empty);
            setText(empty || doc == null ? null : label(doc));
        }

        static String label(DocumentInfo doc) {
            return doc == null ? "" : FactTableView.sourceLabel(doc) + " — "
                    + (doc.title() == null || doc.title().isBlank() ? doc.name() : doc.title());
        }
    }
}
