package org.crosscheck.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.Fact;
import org.crosscheck.project.ReviewState;

/**
 * The keyboard review loop: a decision on a claim moves on to the next unreviewed claim (the rest
 * of the fact first, then the next fact the table shows); a decision on a whole fact or on every
 * fact the filters show is one step that one undo takes back; the status bar counts reviewed facts.
 * A fact counts as reviewed when every claim in it has a decision.
 */
public final class ReviewLoopViewModel {
    private final ProjectSession session;
    private final FactTableViewModel facts;
    private final BooleanProperty moveOn = new SimpleBooleanProperty(true);
    private final StringBinding progressText;

    public ReviewLoopViewModel(ProjectSession session, FactTableViewModel facts) {
        this.session = session;
        this.facts = facts;
        progressText = Bindings.createStringBinding(() -> progress(session.index()), session.indexProperty());
    }

    /** Whether a decision moves the selection on to the next unreviewed claim. */
    public BooleanProperty moveOnProperty() {
        return moveOn;
    }

    /** "Reviewed 3 of 14 facts". */
    public StringBinding progressTextProperty() {
        return progressText;
    }

    /**
     * Called after each decision on the selected claim (accept, reject): on to the next unreviewed
     * claim of the same fact, else of the facts after it in the table's order (wrapping round).
     */
    public void afterDecision() {
        if (!moveOn.get()) {
            return;
        }
        Optional<Fact> fact = session.selectedFactProperty().get();
        String selected = session.selectedClaimIdProperty().get();
        if (fact.isPresent()) {
            Optional<Claim> rest = session.index().claimsOf(fact.get()).stream()
                    .filter(c -> unreviewed(c) && !c.id().equals(selected)).findFirst();
            if (rest.isPresent()) {
                session.selectClaim(rest.get().id());
                return;
            }
        }
        nextUnreviewed();
    }

    /** N: the next fact (in the table's order, wrapping round) with an unreviewed claim, and that claim. */
    public void nextUnreviewed() {
        facts.selectNextUnreviewed(List.copyOf(facts.sortedRows()));
    }

    public void acceptFact() {
        decideFact(true);
    }

    public void rejectFact() {
        decideFact(false);
    }

    private void decideFact(boolean accept) {
        Optional<Fact> fact = session.selectedFactProperty().get();
        if (fact.isEmpty()) {
            session.statusProperty().set("Select a fact first.");
            return;
        }
        List<String> ids = fact.get().claimIds();
        String verb = accept ? "Accepted" : "Rejected";
        session.change((accept ? "accept" : "reject") + " the fact", wb -> {
            if (accept) {
                wb.acceptAll(ids);
            } else {
                wb.rejectAll(ids);
            }
            return verb + " the " + ids.size() + (ids.size() == 1 ? " claim" : " claims") + " of “"
                    + fact.get().label() + "”.";
        }, done -> {
            if (moveOn.get()) {
                facts.selectNextUnreviewed(List.copyOf(facts.sortedRows()));
            }
        });
    }

    /** Accepts every claim of every fact the table shows (its filters applied). */
    public void acceptShown() {
        decideShown(true);
    }

    public void rejectShown() {
        decideShown(false);
    }

    private void decideShown(boolean accept) {
        List<FactRow> shown = List.copyOf(facts.sortedRows());
        List<String> ids = shown.stream().flatMap(r -> r.claims().stream()).map(Claim::id).toList();
        if (ids.isEmpty()) {
            session.statusProperty().set("No facts are shown: nothing to " + (accept ? "accept." : "reject."));
            return;
        }
        String done = (accept ? "Accepted " : "Rejected ") + ids.size() + " claims of " + shown.size()
                + (shown.size() == 1 ? " fact" : " facts") + "; Ctrl+Z takes it back.";
        session.perform(accept ? "accept the facts shown" : "reject the facts shown", done, wb -> {
            if (accept) {
                wb.acceptAll(ids);
            } else {
                wb.rejectAll(ids);
            }
        });
    }

    private boolean unreviewed(Claim claim) {
        return session.index().review(claim.id()).state() == ReviewState.AUTO;
    }

    private static String progress(SnapshotIndex index) {
        List<Fact> all = index.snapshot().facts();
        long reviewed = all.stream().filter(f -> f.claimIds().stream()
                .allMatch(id -> index.review(id).state() != ReviewState.AUTO)).count();
        return "Reviewed " + reviewed + " of " + all.size() + (all.size() == 1 ? " fact" : " facts");
    }
}
