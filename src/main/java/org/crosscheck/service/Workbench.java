package org.crosscheck.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.review.ReviewComparison;

/**
 * The one facade the CLI and the GUI use: analyse articles into a project file, read the
 * cross-source table, record review decisions (each written at once, in a transaction),
 * undo them, and export. Implementations are thread-safe; long calls block the caller, so
 * the GUI calls them from its task executor.
 */
public interface Workbench extends AutoCloseable {

    Path projectFile();

    /** Loads, analyses (reusing unchanged documents), aligns and stores; the rest go on when one fails. */
    AnalysisReport analyze(List<Path> inputs, Path manifest, ProgressListener progress, CancellationToken cancel);

    /** The whole project as it stands, with review decisions applied. */
    ProjectSnapshot snapshot();

    /** The decoded original text of a document, for the article view. */
    String documentText(String document);

    void accept(String claimId);

    void reject(String claimId);

    /** Accepts every claim given (the rows a filter shows), as one step that one undo takes back. */
    void acceptAll(List<String> claimIds);

    /** Rejects every claim given, as one step that one undo takes back. */
    void rejectAll(List<String> claimIds);

    void editValue(String claimId, String value);

    void note(String claimId, String note);

    /** Puts a claim into the fact that holds {@code targetClaimId}. */
    void moveClaim(String claimId, String targetClaimId);

    /** Takes a claim out of its fact into a fact of its own. */
    void splitClaim(String claimId);

    /** Merges fact {@code otherFactId} into fact {@code factId}. */
    void mergeFacts(String factId, String otherFactId);

    /**
     * Makes entity {@code otherEntityId} part of entity {@code keepEntityId} (one real-world
     * entity the linker split); stored as a researcher decision that survives re-analysis.
     */
    void mergeEntities(String keepEntityId, String otherEntityId);

    /** Takes the mentions written as {@code alias} out of the entity into an entity of their own. */
    void splitEntity(String entityId, String alias);

    /** Sets a document's publication date; its dates are re-resolved and facts recompared. */
    void setPublished(String document, LocalDate date);

    /**
     * Sets the title a document shows and exports, kept apart from the machine output so it survives
     * re-analysis; null or blank goes back to the title found in the article.
     */
    void setTitle(String document, String title);

    /** Writes every claim's review decision and fact status to a file another researcher can compare with theirs. */
    void exportReviews(Path file);

    /**
     * Reads another researcher's review of the same articles (a file {@link #exportReviews} wrote) and
     * compares it with this project's decisions.
     *
     * @throws org.crosscheck.review.ReviewFileException naming the file and the problem when it is
     *         damaged or reviews other articles
     */
    ReviewComparison compareReviews(Path file);

    /** Takes these decisions (the other researcher's, chosen in adjudication) as one undoable step. */
    void adoptDecisions(List<ReviewDecision> decisions);

    boolean canUndo();

    boolean canRedo();

    void undo();

    void redo();

    /** Writes documents.csv, mentions.csv, claims.csv and facts.csv into {@code dir}. */
    void export(Path dir);

    @Override
    void close();
}
