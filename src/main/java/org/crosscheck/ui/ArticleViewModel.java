package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.project.Fact;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.MentionRecord;

/**
 * One article's text with its mentions styled by type, its claim sentences marked and the
 * selected fact's sentences highlighted. Follows the selection: selecting a claim in another
 * document switches to that document; clicking a marked sentence selects its claim.
 */
public final class ArticleViewModel {
    public static final String CLAIM_SENTENCE = "claim-sentence";
    public static final String SELECTED_SENTENCE = "claim-selected";
    public static final String CLAIM_VALUE = "claim-value";

    private final ProjectSession session;
    private final ObservableList<DocumentInfo> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentInfo> document = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<List<ArticleStyles.Segment>> styles = new SimpleObjectProperty<>(List.of());
    /** Where the view should scroll: the start of the selected sentence, or -1. */
    private final IntegerProperty focusPosition = new SimpleIntegerProperty(-1);
    private String loadedDocument;

    public ArticleViewModel(ProjectSession session) {
        this.session = session;
        session.indexProperty().addListener((obs, old, index) -> {
            syncDocuments(index);
            document.set(wantedDocument(index));
            restyle();
        });
        session.selectedClaimProperty().addListener((obs, old, claim) -> followClaim(claim));
        session.selectedFactProperty().addListener(obs -> restyle());
        document.addListener((obs, old, doc) -> load(doc));
        documents.setAll(session.snapshot().documents());
    }

    public ObservableList<DocumentInfo> documents() {
        return documents;
    }

    public ObjectProperty<DocumentInfo> documentProperty() {
        return document;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<List<ArticleStyles.Segment>> stylesProperty() {
        return styles;
    }

    public IntegerProperty focusPositionProperty() {
        return focusPosition;
    }

    /** The researcher clicked at {@code position}: select the claim whose sentence is there. */
    public void selectAt(int position) {
        DocumentInfo doc = document.get();
        if (doc == null) {
            return;
        }
        Optional<Claim> hit = session.index().claimsIn(doc.name()).stream()
                .filter(c -> c.sentenceStart() <= position && position < c.sentenceEnd())
                .min((a, b) -> Integer.compare(Math.abs(a.start() - position), Math.abs(b.start() - position)));
        hit.ifPresent(c -> session.selectClaim(c.id()));
    }

    /**
     * What the text at {@code position} is, for the hover tip: the mention's type and entity
     * (or normalised value) and, on a claim's value, the fact it belongs to.
     */
    public Optional<String> describeAt(int position) {
        DocumentInfo doc = document.get();
        if (doc == null) {
            return Optional.empty();
        }
        SnapshotIndex index = session.index();
        List<String> lines = new ArrayList<>();
        for (MentionRecord m : index.mentionsIn(doc.name())) {
            if (m.start() <= position && position < m.end()) {
                String what = m.type().name().charAt(0) + m.type().name().substring(1).toLowerCase(Locale.ROOT);
                String detail = m.entityName() != null && !m.entityName().isBlank() ? m.entityName()
                        : m.normalized() != null && !m.normalized().isBlank() ? m.normalized() : m.text();
                lines.add(what + ": " + detail);
            }
        }
        for (Claim c : index.claimsIn(doc.name())) {
            if (c.start() <= position && position < c.end()) {
                String fact = index.factOfClaim(c.id())
                        .map(f -> " — fact “" + f.label() + "”, " + StatusLabels.of(f.status())).orElse("");
                lines.add("Claim (" + c.kind().csvName() + "): " + c.valueText()
                        + (c.normalized() == null || c.normalized().isBlank() ? "" : " = " + c.normalized()) + fact);
            }
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    /** The mention style class of a type, e.g. "mention-person". */
    public static String mentionClass(org.crosscheck.nlp.MentionType type) {
        return "mention-" + type.name().toLowerCase(Locale.ROOT);
    }

    private void followClaim(Optional<Claim> claim) {
        // The selection may change before this view model has seen the new snapshot (listener
        // order); the chooser must hold the documents before one of them is chosen.
        syncDocuments(session.index());
        if (claim.isPresent() && (document.get() == null || !document.get().name().equals(claim.get().document()))) {
            session.index().document(claim.get().document()).ifPresent(document::set);
        } else {
            restyle();
        }
    }

    private void syncDocuments(SnapshotIndex index) {
        if (!documents.equals(index.snapshot().documents())) {
            documents.setAll(index.snapshot().documents());
        }
    }

    /** The selected claim's article; else the one shown, if it still exists; else the first. */
    private DocumentInfo wantedDocument(SnapshotIndex index) {
        Optional<DocumentInfo> ofClaim = session.selectedClaimProperty().get()
                .flatMap(c -> index.document(c.document()));
        if (ofClaim.isPresent()) {
            return ofClaim.get();
        }
        Optional<DocumentInfo> shown = Optional.ofNullable(document.get()).flatMap(d -> index.document(d.name()));
        return shown.orElse(documents.isEmpty() ? null : documents.get(0));
    }

    private void load(DocumentInfo doc) {
        if (doc == null) {
            loadedDocument = null;
            text.set("");
            styles.set(List.of());
            return;
        }
        session.documentText(doc.name(), original -> {
            if (document.get() != null && document.get().name().equals(doc.name())) {
                loadedDocument = doc.name();
                styles.set(List.of());
                text.set(ArticleStyles.displayText(original));
                restyle();
            }
        });
    }

    private void restyle() {
        DocumentInfo doc = document.get();
        if (doc == null || !doc.name().equals(loadedDocument)) {
            return;
        }
        SnapshotIndex index = session.index();
        List<ArticleStyles.Range> ranges = new ArrayList<>();
        for (Claim c : index.claimsIn(doc.name())) {
            ranges.add(new ArticleStyles.Range(c.sentenceStart(), c.sentenceEnd(), CLAIM_SENTENCE));
            ranges.add(new ArticleStyles.Range(c.start(), c.end(), CLAIM_VALUE));
        }
        for (MentionRecord m : index.mentionsIn(doc.name())) {
            ranges.add(new ArticleStyles.Range(m.start(), m.end(), mentionClass(m.type())));
        }
        int focus = -1;
        Optional<Fact> fact = session.selectedFactProperty().get();
        if (fact.isPresent()) {
            for (Claim c : index.claimsOf(fact.get())) {
                if (c.document().equals(doc.name())) {
                    ranges.add(new ArticleStyles.Range(c.sentenceStart(), c.sentenceEnd(), SELECTED_SENTENCE));
                    boolean isSelected = c.id().equals(session.selectedClaimIdProperty().get());
                    if (focus < 0 || isSelected) {
                        focus = c.sentenceStart();
                    }
                }
            }
        }
        styles.set(ArticleStyles.segments(text.get().length(), ranges));
        focusPosition.set(focus);
    }
}
