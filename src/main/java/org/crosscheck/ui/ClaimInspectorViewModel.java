package org.crosscheck.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.project.Fact;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.ReviewDecision;

/**
 * The selected claim's fields, the other claims of its fact, and the review actions. Each
 * action goes to the workbench at once (it writes to the project file) and the project is re-read.
 */
public final class ClaimInspectorViewModel {
    private final ProjectSession session;
    private final ObservableList<ClaimItem> claimsOfFact = FXCollections.observableArrayList();
    private final StringProperty factTitle = new SimpleStringProperty("");
    private final StringProperty kind = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty predicate = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty normalized = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty speaker = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty sentence = new SimpleStringProperty("");
    private final StringProperty review = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty hasClaim = new SimpleBooleanProperty();
    private Runnable afterDecision = () -> { };

    public ClaimInspectorViewModel(ProjectSession session) {
        this.session = session;
        session.selectedClaimProperty().addListener(obs -> update());
        session.selectedFactProperty().addListener(obs -> update());
        update();
    }

    /** One claim of the selected fact, as the list in the inspector shows it. */
    public record ClaimItem(String claimId, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    public ObservableList<ClaimItem> claimsOfFact() {
        return claimsOfFact;
    }

    public StringProperty factTitleProperty() {
        return factTitle;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty predicateProperty() {
        return predicate;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty normalizedProperty() {
        return normalized;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty speakerProperty() {
        return speaker;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty sentenceProperty() {
        return sentence;
    }

    public StringProperty reviewProperty() {
        return review;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty hasClaimProperty() {
        return hasClaim;
    }

    /** The value to start editing from: the researcher's edit if any, else the value as written. */
    public String editableValue() {
        return session.selectedClaimProperty().get()
                .map(c -> {
                    String edited = session.index().review(c.id()).editedValue();
                    return edited != null ? edited : c.valueText();
                }).orElse("");
    }

    public String selectedClaimId() {
        return session.selectedClaimIdProperty().get();
    }

    public void selectClaim(String claimId) {
        if (claimId != null && !claimId.equals(selectedClaimId())) {
            session.selectClaim(claimId);
        }
    }

    // ---- review actions ---------------------------------------------------------------

    /** What happens once a decision on the selected claim is saved (the review loop moves on). */
    public void setAfterDecision(Runnable action) {
        this.afterDecision = action;
    }

    public void accept() {
        withClaim(id -> decide("accept the claim", "Accepted the claim.", wb -> wb.accept(id)));
    }

    public void reject() {
        withClaim(id -> decide("reject the claim", "Rejected the claim.", wb -> wb.reject(id)));
    }

    private void decide(String action, String done, java.util.function.Consumer<org.crosscheck.service.Workbench> change) {
        session.change(action, wb -> {
            change.accept(wb);
            return done;
        }, result -> afterDecision.run());
    }

    public void editValue(String newValue) {
        if (newValue == null || newValue.isBlank()) {
            session.statusProperty().set("The value was not changed: it cannot be empty.");
            return;
        }
        String trimmed = newValue.strip();
        withClaim(id -> session.perform("edit the value", "Changed the value to “" + trimmed + "”.",
                wb -> wb.editValue(id, trimmed)));
    }

    public void note(String text) {
        String trimmed = text == null ? "" : text.strip();
        withClaim(id -> session.perform("save the note", trimmed.isEmpty() ? "Removed the note." : "Saved the note.",
                wb -> wb.note(id, trimmed)));
    }

    /** Moves the selected claim into {@code target}. */
    public void moveTo(Fact target) {
        if (target == null || target.claimIds().isEmpty()) {
            return;
        }
        String targetClaim = target.claimIds().get(0);
        withClaim(id -> session.perform("move the claim", "Moved the claim to “" + target.label() + "”.",
                wb -> wb.moveClaim(id, targetClaim)));
    }

    public void split() {
        withClaim(id -> session.perform("split the claim into a new fact", "Split the claim into a fact of its own.",
                wb -> wb.splitClaim(id)));
    }

    /** Merges {@code other} into the selected fact. */
    public void mergeWith(Fact other) {
        Optional<Fact> fact = session.selectedFactProperty().get();
        if (fact.isEmpty() || other == null || other.id().equals(fact.get().id())) {
            return;
        }
        String into = fact.get().id();
        session.perform("merge the facts", "Merged “" + other.label() + "” into “" + fact.get().label() + "”.",
                wb -> wb.mergeFacts(into, other.id()));
    }

    /** The facts the selected claim could move to, or the selected fact could merge with. */
    public List<Fact> otherFacts() {
        String current = session.selectedFactIdProperty().get();
        return session.snapshot().facts().stream().filter(f -> !f.id().equals(current)).toList();
    }

    public void undo() {
        session.perform("undo", "Undone.", wb -> wb.undo());
    }

    public void redo() {
        session.perform("redo", "Redone.", wb -> wb.redo());
    }

    private void withClaim(java.util.function.Consumer<String> action) {
        String id = selectedClaimId();
        if (id == null) {
            session.statusProperty().set("Select a claim first.");
            return;
        }
        action.accept(id);
    }

    private void update() {
        SnapshotIndex index = session.index();
        Optional<Fact> fact = session.selectedFactProperty().get();
        Optional<Claim> claim = session.selectedClaimProperty().get();
        factTitle.set(fact.map(f -> f.label() + "  (" + StatusLabels.of(f.status())
                + (f.disagreement() == null || StatusLabels.of(f.disagreement()).isEmpty()
                        ? "" : ": " + StatusLabels.of(f.disagreement())) + ")").orElse("No fact selected"));
        claimsOfFact.setAll(fact.map(f -> index.claimsOf(f).stream()
                .map(c -> new ClaimItem(c.id(), describe(c, index))).toList()).orElse(List.of()));
        hasClaim.set(claim.isPresent());
        ReviewDecision decision = claim.map(c -> index.review(c.id())).orElse(null);
        kind.set(claim.map(c -> c.kind().csvName()).orElse(""));
        subject.set(claim.map(Claim::subject).orElse(""));
        predicate.set(claim.map(Claim::predicate).orElse(""));
        value.set(claim.map(c -> decision.editedValue() != null
                ? decision.editedValue() + "   (as written: " + c.valueText() + ")" : c.valueText()).orElse(""));
        normalized.set(claim.map(Claim::normalized).orElse(""));
        unit.set(claim.map(Claim::unit).orElse(""));
        speaker.set(claim.map(Claim::speaker).orElse(""));
        source.set(claim.map(c -> sourceName(c.document(), index)).orElse(""));
        sentence.set(claim.map(Claim::sentence).orElse(""));
        review.set(decision == null ? "" : StatusLabels.of(decision.state()));
        note.set(decision == null || decision.note() == null ? "" : decision.note());
    }

    private static String describe(Claim c, SnapshotIndex index) {
        ReviewDecision d = index.review(c.id());
        String shown = d.editedValue() != null ? d.editedValue() : c.valueText();
        return sourceName(c.document(), index) + ":  " + StatusLabels.mark(d.state()) + FactRow.shorten(shown);
    }

    static String sourceName(String document, SnapshotIndex index) {
        return index.document(document)
                .map(d -> d.outlet() == null || d.outlet().isBlank() ? d.name() : d.outlet())
                .orElse(document);
    }
}
