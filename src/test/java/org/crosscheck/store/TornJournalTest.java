package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash in the middle of a save leaves the project file with its journal beside it. Crosscheck
 * uses SQLite's rollback journal (see {@link ProjectStore}), which holds the pages as they were
 * before the save; the crash may have torn it anywhere. Whatever is left, the project opens with
 * every decision that was committed before.
 */
class TornJournalTest {
    private static final int DECISIONS = 40;

    @TempDir
    Path dir;

    private Path db;
    private byte[] journal;

    @BeforeEach
    void crashSnapshotMidSave() throws Exception {
        Path live = Files.createDirectory(dir.resolve("live")).resolve("crosscheck.db");
        try (ProjectStore store = ProjectStore.open(live)) {
            store.saveDocument(Fixtures.article("a.txt"), Fixtures.nlp("a.txt"));
            for (int i = 0; i < DECISIONS; i++) {
                store.saveReview(ReviewDecision.auto("c" + i).withState(ReviewState.ACCEPTED).withNote("note " + i));
            }
        }
        // A save in progress: the journal is written, the transaction not committed. Copying the
        // two files now is what a crash (kill -9, power cut after the journal reached the disk) leaves.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + live); Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE reviews SET state = 'REJECTED', note = 'half-saved'");
            s.execute("DELETE FROM documents");
            Path hot = live.resolveSibling("crosscheck.db-journal");
            db = dir.resolve("crosscheck.db");
            Files.copy(live, db, StandardCopyOption.REPLACE_EXISTING);
            journal = Files.readAllBytes(hot);
            s.execute("ROLLBACK");
        }
        assertThat(journal.length).isGreaterThan(512);
    }

    @Test
    void projectOpensWithEveryDecisionWhenTheJournalIsWhole() throws Exception {
        assertOpensWithEveryDecision(journal);
    }

    @Test
    void projectIsRestoredFromItsJournalWhenTheCrashCameAfterPagesWereOverwritten() throws Exception {
        Path live = dir.resolve("live").resolve("crosscheck.db");
        Path spilled = dir.resolve("spilled.db");
        byte[] hotJournal;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + live); Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size = 2"); // a small cache writes changed pages into the file before commit
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE reviews SET state = 'REJECTED', note = 'half-saved ' || hex(randomblob(300))");
            s.execute("INSERT INTO settings (key, value) SELECT 'k' || claim_id, hex(randomblob(2000)) FROM reviews");
            Files.copy(live, spilled);
            hotJournal = Files.readAllBytes(live.resolveSibling("crosscheck.db-journal"));
            s.execute("ROLLBACK");
        }
        assertThat(Files.readAllBytes(spilled)).as("pages written before the commit")
                .isNotEqualTo(Files.readAllBytes(live));
        Files.write(spilled.resolveSibling("spilled.db-journal"), hotJournal);
        try (ProjectStore store = ProjectStore.open(spilled)) {
            assertThat(store.reviews()).hasSize(DECISIONS)
                    .allSatisfy((id, d) -> assertThat(d.state()).isEqualTo(ReviewState.ACCEPTED));
        }
        assertThat(integrityOf(spilled)).isEqualTo("ok");
    }

    @Test
    void projectOpensWithEveryDecisionWhateverLengthTheJournalWasTornAt() throws Exception {
        for (int length : new int[] {0, 1, 12, 27, 28, 100, 511, 512, 513, 1024, journal.length / 2,
                journal.length - 1}) {
            assertOpensWithEveryDecision(Arrays.copyOf(journal, Math.min(length, journal.length)));
        }
    }

    @Test
    void projectOpensWithEveryDecisionWhenTheJournalIsGarbage() throws Exception {
        byte[] garbage = new byte[journal.length];
        new Random(18).nextBytes(garbage);
        assertOpensWithEveryDecision(garbage);
        byte[] flipped = journal.clone();
        for (int i = 600; i < flipped.length; i += 997) {
            flipped[i] ^= 0x5A;
        }
        assertOpensWithEveryDecision(flipped);
    }

    @Test
    void projectOpensWithEveryDecisionBesideAStrayTornWriteAheadLog() throws Exception {
        byte[] wal = new byte[4096 + 32];
        new Random(7).nextBytes(wal);
        wal[0] = 0x37;
        wal[1] = 0x7f;
        wal[2] = 0x06;
        wal[3] = (byte) 0x82; // a WAL header's magic, then torn garbage
        Path original = dir.resolve("original.db");
        Files.copy(db, original);
        Files.write(db.resolveSibling("crosscheck.db-wal"), wal);
        Files.write(db.resolveSibling("crosscheck.db-shm"), new byte[32768]);
        try (ProjectStore store = ProjectStore.open(db)) {
            assertThat(store.reviews()).hasSize(DECISIONS);
        }
        assertThat(integrity()).isEqualTo("ok");
    }

    private void assertOpensWithEveryDecision(byte[] journalLeft) throws Exception {
        Path copy = dir.resolve("crash-" + journalLeft.length + "-" + Arrays.hashCode(journalLeft) + ".db");
        Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
        Files.write(copy.resolveSibling(copy.getFileName() + "-journal"), journalLeft);
        try (ProjectStore store = ProjectStore.open(copy)) {
            assertThat(store.reviews()).as("journal of %d bytes", journalLeft.length).hasSize(DECISIONS)
                    .allSatisfy((id, d) -> assertThat(d.state()).isEqualTo(ReviewState.ACCEPTED));
            assertThat(store.reviews().get("c39").note()).isEqualTo("note 39");
            assertThat(store.snapshot().documents()).hasSize(1);
        }
        assertThat(integrityOf(copy)).isEqualTo("ok");
    }

    private String integrity() throws Exception {
        return integrityOf(db);
    }

    private static String integrityOf(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
