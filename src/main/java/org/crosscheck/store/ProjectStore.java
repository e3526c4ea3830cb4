package org.crosscheck.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.project.Fact;
import org.crosscheck.claims.Claim;
import org.crosscheck.load.Article;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityDecision;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.MentionRecord;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewDecision;

/**
 * One open project file. Every write runs in one SQLite transaction ({@code BEGIN IMMEDIATE}),
 * so a failed write leaves the file exactly as it was; failures leave as
 * {@link ProjectFileException}s with messages meant for the user.
 *
 * <p>Journal: SQLite's rollback journal (the default), not WAL. A project is a file researchers
 * copy, mail and keep on synced or network folders; with the rollback journal the {@code .db}
 * file alone is complete after every commit, while WAL keeps recent commits in a side file and
 * needs shared memory that network file systems do not provide. WAL's gain, readers alongside a
 * writer, is moot for one workbench holding one connection.
 *
 * <p>Methods are synchronized: the workbench calls them from worker threads.
 */
public final class ProjectStore implements AutoCloseable {
    /** Long enough to ride out another connection's commit, short enough to report a lock at once. */
    private static final int BUSY_TIMEOUT_MS = 500;

    private final Path file;
    private final ProjectLock lock;
    private final Connection connection;
    private boolean closed;

    private ProjectStore(Path file, ProjectLock lock, Connection connection) {
        this.file = file;
        this.lock = lock;
        this.connection = connection;
    }

    /**
     * Opens the project file, creating it when missing and bringing an older schema up to date.
     *
     * @throws ProjectFileException when the file is not a project file or is damaged, is from a
     *                              newer Crosscheck, is in use by another program, or cannot be created
     */
    public static ProjectStore open(Path file) {
        ProjectLock lock = ProjectLock.acquire(file);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                s.execute("PRAGMA foreign_keys = ON");
            }
            ProjectStore store = new ProjectStore(file, lock, connection);
            store.migrate();
            return store;
        } catch (SQLException e) {
            closeQuietly(connection);
            lock.close();
            throw SqliteErrors.translate(e, file, "open the project", false);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            lock.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** Applies the missing migration steps in one transaction; also the probe for another writer. */
    private void migrate() {
        write("open the project", c -> {
            int version = pragmaInt(c, "user_version");
            int applicationId = pragmaInt(c, "application_id");
            if (applicationId != 0 && applicationId != Schema.APPLICATION_ID) {
                throw SqliteErrors.damaged(file);
            }
            if (version == 0 && applicationId == 0 && hasTables(c)) {
                throw SqliteErrors.damaged(file); // some other program's database
            }
            if (version < 0) {
                throw SqliteErrors.damaged(file); // a damaged header: no schema version is negative
            }
            if (version > Schema.latestVersion()) {
                throw SqliteErrors.newerVersion(file, version);
            }
            try (Statement s = c.createStatement()) {
                for (int step = version; step < Schema.latestVersion(); step++) {
                    for (String sql : Schema.MIGRATIONS.get(step)) {
                        s.execute(sql);
                    }
                }
                if (version < Schema.latestVersion()) {
                    s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + Schema.latestVersion());
                }
            }
            return null;
        });
    }

    /** The schema version of the open file (the number of migration steps applied). */
    public synchronized int schemaVersion() {
        return read("read the project", c -> pragmaInt(c, "user_version"));
    }

    // ---- machine output per document -------------------------------------------------------

    /** Stores (or replaces) one document's article and NLP output, a new one last; its position in the list is kept. */
    public void saveDocument(Article article, AnnotatedDocument nlp) {
        saveDocument(article, nlp, null);
    }

    /**
     * As {@link #saveDocument(Article, AnnotatedDocument)}, a new document at the given position
     * (see {@link #lastPosition}): articles analysed side by side finish in any order, and the
     * list, which the claims and the table follow, should not depend on that.
     */
    public void saveDocument(Article article, AnnotatedDocument nlp, Integer position) {
        byte[] blob = NlpBlob.encode(new NlpBlob.Content(article.analysisText(), article.offsets(),
                article.passages(), nlp));
        write("save " + article.name(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (name, content_hash, title, outlet,"
                    + " published, published_from, tokens, position)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, (SELECT COALESCE(MAX(position), 0) + 1 FROM documents)))"
                    + " ON CONFLICT(name) DO UPDATE SET content_hash = excluded.content_hash,"
                    + " title = excluded.title, outlet = excluded.outlet, published = excluded.published,"
                    + " published_from = excluded.published_from, tokens = excluded.tokens")) {
                ps.setString(1, article.name());
                ps.setString(2, article.contentHash());
                ps.setString(3, article.title());
                ps.setString(4, article.outlet());
                ps.setString(5, article.published() == null ? null : article.published().toString());
                ps.setString(6, fromOrNone(article.publishedFrom()).name());
                ps.setInt(7, nlp.tokenCount());
                ps.setObject(8, position);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_content (name, original_text, nlp)"
                    + " VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET original_text = excluded.original_text,"
                    + " nlp = excluded.nlp")) {
                ps.setString(1, article.name());
                ps.setString(2, article.originalText());
                ps.setBytes(3, blob);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The largest position in the document list (0 when empty): a batch of new documents goes after it. */
    public int lastPosition() {
        return read("read the document list", c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(position), 0) FROM documents")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    public Optional<StoredDocument> document(String name) {
        List<StoredDocument> found = readDocuments("WHERE d.name = ?", name, Map.of());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every stored document with its NLP output, in the order they were first saved. */
    public List<StoredDocument> documents() {
        return readDocuments("", null, Map.of());
    }

    /**
     * As {@link #documents()}, taking from {@code held} the documents the caller saved and still
     * holds: one whose stored row still has the held article's hash, title, outlet and date is
     * not read and decoded again (a full corpus's NLP output takes seconds to decode).
     */
    public List<StoredDocument> documents(Map<String, StoredDocument> held) {
        return readDocuments("", null, held);
    }

    /** A document's decoded original text, without decoding its NLP output (for the article view). */
    public Optional<String> originalText(String name) {
        return read("read " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT original_text FROM document_content WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** The SHA-256 of the file the stored analysis was made from, to skip unchanged files. */
    public Optional<String> contentHash(String name) {
        return read("read " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content_hash FROM documents WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Removes a document with its machine and derived output; review decisions stay (re-adding it restores them). */
    public void removeDocument(String name) {
        write("remove " + name, c -> {
            DerivedTables.removeDocument(c, name);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM documents WHERE name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate(); // document_content goes by ON DELETE CASCADE
            }
            return null;
        });
    }

    /** Sets a document's publication date and where it came from (the user, usually); null clears it. */
    public void setPublished(String name, LocalDate date, PublishedFrom from) {
        write("save the date of " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE documents SET published = ?, published_from = ? WHERE name = ?")) {
                ps.setString(1, date == null ? null : date.toString());
                ps.setString(2, fromOrNone(from).name());
                ps.setString(3, name);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no document named " + name + " in " + file);
                }
            }
            return null;
        });
    }

    /**
     * Reads the rows in one transaction, then decodes the NLP blobs outside it and on every core:
     * decoding, not SQLite, is what a rebuild over thousands of documents waits for.
     */
    private List<StoredDocument> readDocuments(String where, String name, Map<String, StoredDocument> held) {
        List<DocumentRow> rows = read("read the documents", c -> {
            List<DocumentRow> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.name, d.content_hash, d.title, d.outlet,"
                    + " d.published, d.published_from, t.original_text, t.nlp FROM documents d"
                    + " JOIN document_content t ON t.name = d.name " + where + " ORDER BY d.position")) {
                if (name != null) {
                    ps.setString(1, name);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        DocumentRow row = new DocumentRow(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), null, null, null);
                        StoredDocument same = held.get(row.name());
                        // The large columns are only fetched (and their pages read) for documents not held.
                        result.add(same != null && row.describes(same.article()) ? row.holding(same)
                                : row.withContent(rs.getString(7), rs.getBytes(8)));
                    }
                }
            }
            return result;
        });
        return (rows.size() > 1 ? rows.parallelStream() : rows.stream()).map(this::toStoredDocument).toList();
    }

    private record DocumentRow(String name, String contentHash, String title, String outlet, String published,
                               String publishedFrom, String originalText, byte[] nlp, StoredDocument held) {
        /** The stored row is the one the article was saved as (or saved as since): same file, same metadata. */
        boolean describes(Article article) {
            return Objects.equals(contentHash, article.contentHash()) && Objects.equals(title, article.title())
                    && Objects.equals(outlet, article.outlet())
                    && Objects.equals(published, article.published() == null ? null : article.published().toString())
                    && Objects.equals(publishedFrom, fromOrNone(article.publishedFrom()).name());
        }

        DocumentRow holding(StoredDocument document) {
            return new DocumentRow(name, contentHash, title, outlet, published, publishedFrom, null, null, document);
        }

        DocumentRow withContent(String text, byte[] blob) {
            return new DocumentRow(name, contentHash, title, outlet, published, publishedFrom, text, blob, null);
        }
    }

    private StoredDocument toStoredDocument(DocumentRow row) {
        if (row.held() != null) {
            return row.held();
        }
        try {
            NlpBlob.Content content = NlpBlob.decode(row.nlp());
            Article article = new Article(row.name(), row.originalText(), content.analysisText(), content.offsets(),
                    row.contentHash(), row.title(), row.outlet(),
                    row.published() == null ? null : LocalDate.parse(row.published()),
                    PublishedFrom.valueOf(row.publishedFrom()), content.passages());
            return new StoredDocument(article, content.nlp());
        } catch (IOException | RuntimeException e) {
            throw new ProjectFileException(file + " is damaged: the stored analysis of " + row.name()
                    + " cannot be read. Remove the document and add it again.", e);
        }
    }

    private static PublishedFrom fromOrNone(PublishedFrom from) {
        return from == null ? PublishedFrom.NONE : from;
    }

    // ---- derived output ----------------------------------------------------------------------

    /**
     * Replaces all derived output (entities, mentions, claims, facts, copies) in one transaction.
     * Documents, reviews and settings are not touched.
     *
     * @param copyOf document name to the name of the document it copies
     */
    public void saveAnalysis(List<Entity> entities, List<MentionRecord> mentions, List<Claim> claims,
                             List<Fact> facts, Map<String, String> copyOf) {
        saveAnalysis(entities, mentions, claims, facts, copyOf, Map.of());
    }

    /**
     * As {@link #saveAnalysis(List, List, List, List, Map)}, recording for each document what its
     * claims were extracted from (an opaque key the caller compares on the next rebuild, see
     * {@link #storedClaims()}); documents left out have their claims extracted again next time.
     */
    public void saveAnalysis(List<Entity> entities, List<MentionRecord> mentions, List<Claim> claims,
                             List<Fact> facts, Map<String, String> copyOf, Map<String, String> claimSources) {
        saveAnalysis(entities, mentions, claims, facts, copyOf, claimSources, null);
    }

    /**
     * As {@link #saveAnalysis(List, List, List, List, Map, Map)}, with the claims' sentence vectors in
     * the same transaction: the new ones are added, those no claim uses any more dropped (null: the
     * stored vectors are left as they are).
     */
    public void saveAnalysis(List<Entity> entities, List<MentionRecord> mentions, List<Claim> claims,
                             List<Fact> facts, Map<String, String> copyOf, Map<String, String> claimSources,
                             TextVectors vectors) {
        write("save the analysis", c -> {
            DerivedTables.replaceAll(c, entities, mentions, claims, facts, copyOf, claimSources);
            if (vectors != null) {
                VectorTable.write(c, vectors);
            }
            return null;
        });
    }

    /** The stored sentence vectors of one model, by text hash. */
    public Map<String, float[]> textVectors(String model) {
        return read("read the sentence vectors", c -> VectorTable.read(c, model));
    }

    /** Adds sentence vectors in a transaction of their own, dropping none. */
    public void saveTextVectors(TextVectors vectors) {
        write("save the sentence vectors", c -> {
            VectorTable.insert(c, vectors);
            return null;
        });
    }

    /** Document name to the key its stored claims were extracted from. */
    public Map<String, String> claimSources() {
        return read("read the claims", DerivedTables::claimSources);
    }

    /** Each document's stored claims and mentions and the key they were made from, read in one transaction. */
    public StoredClaims storedClaims() {
        return read("read the claims", c -> new StoredClaims(DerivedTables.claims(c), DerivedTables.mentions(c),
                DerivedTables.claimSources(c)));
    }

    /** The documents as the fact table describes them (copies as last analysed), without their text or NLP. */
    public List<DocumentInfo> documentInfos() {
        return read("read the documents", ProjectStore::documentInfos);
    }

    /** The facts of the last analysis, in their order. */
    public List<Fact> facts() {
        return read("read the facts", DerivedTables::facts);
    }

    /** Everything the fact table and the export need, read in one transaction; NLP blobs are not read. */
    public ProjectSnapshot snapshot() {
        return read("read the project", c -> new ProjectSnapshot(documentInfos(c), DerivedTables.mentions(c),
                DerivedTables.entities(c), DerivedTables.claims(c), DerivedTables.facts(c), DecisionTables.reviews(c)));
    }

    private static List<DocumentInfo> documentInfos(Connection c) throws SQLException {
        List<DocumentInfo> result = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT d.name, COALESCE(t.title, d.title), d.outlet, d.published,"
                     + " d.published_from, k.copy_of, d.tokens, d.content_hash FROM documents d"
                     + " LEFT JOIN copies k ON k.document = d.name"
                     + " LEFT JOIN title_edits t ON t.document = d.name ORDER BY d.position")) {
            while (rs.next()) {
                String published = rs.getString(4);
                result.add(new DocumentInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                        published == null ? null : LocalDate.parse(published), PublishedFrom.valueOf(rs.getString(5)),
                        rs.getString(6), rs.getInt(7), rs.getString(8)));
            }
        }
        return result;
    }

    // ---- the researcher's decisions (rows in DecisionTables) ----------------------------------

    /** Stores the researcher's decision on one claim, replacing an earlier one (an AUTO decision included). */
    public void saveReview(ReviewDecision d) {
        saveReviews(List.of(d));
    }

    /** Stores several decisions in one transaction (a bulk accept): all of them or, on failure, none. */
    public void saveReviews(List<ReviewDecision> decisions) {
        String action = decisions.size() == 1 ? "save the review of " + decisions.get(0).claimId()
                : "save the reviews of " + decisions.size() + " claims";
        write(action, c -> DecisionTables.saveReviews(c, decisions));
    }

    /** Forgets the decision on one claim (undo of its first decision); the claim is back to AUTO. */
    public void deleteReview(String claimId) {
        write("undo the review of " + claimId, c -> DecisionTables.deleteReview(c, claimId));
    }

    /** Every stored decision by claim id, including those on claims the latest analysis no longer has. */
    public Map<String, ReviewDecision> reviews() {
        return read("read the reviews", DecisionTables::reviews);
    }

    /** Sets the title a document shows and exports; null or blank goes back to the title the loader found. */
    public void setTitle(String document, String title) {
        write("save the title of " + document, c -> DecisionTables.setTitle(c, document, title));
    }

    /** The titles the researcher typed, by document name. */
    public Map<String, String> titleEdits() {
        return read("read the titles", DecisionTables::titleEdits);
    }

    /** Stores a merge or split of entities; decisions apply in the order they were saved. */
    public void saveEntityDecision(EntityDecision d) {
        write("save the entity " + d.kind().name().toLowerCase(java.util.Locale.ROOT),
                c -> DecisionTables.saveEntityDecision(c, d));
    }

    /** Forgets one entity decision (its undo). */
    public void deleteEntityDecision(String id) {
        write("undo the entity change", c -> DecisionTables.deleteEntityDecision(c, id));
    }

    /** Every entity decision, oldest first. */
    public List<EntityDecision> entityDecisions() {
        return read("read the entity decisions", DecisionTables::entityDecisions);
    }

    // ---- settings ----------------------------------------------------------------------------

    public Optional<String> setting(String key) {
        return read("read the settings", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void setSetting(String key, String value) {
        write("save the settings", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ---- transactions ------------------------------------------------------------------------

    /** Work on the connection inside a transaction the caller set up. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in a write transaction; on any failure rolls back and rethrows in plain words. */
    synchronized <T> T write(String action, SqlWork<T> work) {
        return inTransaction("BEGIN IMMEDIATE", action, true, work);
    }

    /** Runs {@code work} in a read transaction, so multi-table reads see one consistent state. */
    synchronized <T> T read(String action, SqlWork<T> work) {
        return inTransaction("BEGIN", action, false, work);
    }

    private <T> T inTransaction(String begin, String action, boolean writing, SqlWork<T> work) {
        if (closed) {
            throw new IllegalStateException(file + " is closed");
        }
        try {
            execute(begin);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, action, writing);
        }
        try {
            T result = work.run(connection);
            execute("COMMIT");
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqliteErrors.translate(e, file, action, writing);
        } catch (ProjectFileException e) {
            rollbackQuietly();
            throw e;
        } catch (RuntimeException e) {
            rollbackQuietly();
            if (writing) {
                throw e; // a program error while saving; nothing was written
            }
            // Rows this program would never write (an unknown name, a malformed date): the file was changed
            // or damaged outside Crosscheck.
            throw SqliteErrors.damagedContent(file, action, e);
        } catch (Error e) {
            rollbackQuietly();
            throw e;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite already rolled back (e.g. after SQLITE_FULL); nothing more to undo
        }
    }

    private static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1")) {
            return rs.next();
        }
    }

    /** Test hook: caps the file's size in pages so a test can meet SQLITE_FULL without filling a disk. */
    synchronized void limitPageCount(int pages) {
        try {
            execute("PRAGMA max_page_count = " + pages);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "limit the file size", false);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(connection);
        lock.close();
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing is pending: every write committed or rolled back in its own call
        }
    }
}
