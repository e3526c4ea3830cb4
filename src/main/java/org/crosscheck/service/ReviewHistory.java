package org.crosscheck.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.crosscheck.nlp.EntityDecision;
import org.crosscheck.project.ReviewDecision;

/**
 * Undo and redo of review actions. A claim action is the decisions of the claims it touched,
 * before and after; undoing writes the "before" decisions back. An entity merge or split is one
 * stored entity decision; undoing deletes it. A title edit keeps the title typed before it. Kept in memory for the session.
 */
final class ReviewHistory {

    /** One undoable action. */
    sealed interface Step permits ClaimStep, EntityStep, TitleStep {
    }

    /** One review action: the touched claims' decisions before and after it. */
    record ClaimStep(List<ReviewDecision> before, List<ReviewDecision> after) implements Step {
    }

    /** One entity merge or split. */
    record EntityStep(EntityDecision decision) implements Step {
    }

    /** One title typed for a document: the researcher's title before and after (null: the title found). */
    record TitleStep(String document, String before, String after) implements Step {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    synchronized void record(Step step) {
        undo.push(step);
        redo.clear();
    }

    synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The step to revert, moved to the redo side; null when there is nothing to undo. */
    synchronized Step popUndo() {
        Step step = undo.poll();
        if (step != null) {
            redo.push(step);
        }
        return step;
    }

    /** The step to replay, moved back to the undo side; null when there is nothing to redo. */
    synchronized Step popRedo() {
        Step step = redo.poll();
        if (step != null) {
            undo.push(step);
        }
        return step;
    }
}
