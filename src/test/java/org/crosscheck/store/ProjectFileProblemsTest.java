package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileProblemsTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("crosscheck.db");
    }

    @Test
    void garbageFileIsReportedAsDamagedAndLeftAlone() throws Exception {
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        Files.write(db(), garbage);

        assertThatThrownBy(() -> ProjectStore.open(db()))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(db() + " is not a Crosscheck project file or is damaged.");
        assertThat(Files.readAllBytes(db())).isEqualTo(garbage);
    }

    @Test
    void textFileIsReportedAsNotAProjectFile() throws Exception {
        Files.writeString(db(), "document,title\narticle.txt,Troops\n".repeat(200));

        assertThatThrownBy(() -> ProjectStore.open(db()))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("is not a Crosscheck project file or is damaged");
    }

    @Test
    void anotherProgramsDatabaseIsRefused() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
        }
        assertThatThrownBy(() -> ProjectStore.open(db()))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining(db().toString())
                .hasMessageContaining("is not a Crosscheck project file");
    }

    @Test
    void fileFromNewerVersionIsRefused() throws Exception {
        ProjectStore.open(db()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Schema.latestVersion() + 1));
        }
        assertThatThrownBy(() -> ProjectStore.open(db()))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining(db().toString())
                .hasMessageContaining("newer version of Crosscheck");
    }

    @Test
    void fileLockedByAnotherConnectionIsReportedAsInUse() throws Exception {
        ProjectStore.open(db()).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> ProjectStore.open(db()))
                    .isInstanceOf(ProjectFileException.class)
                    .hasMessageStartingWith(db() + " is in use by another program");
            s.execute("ROLLBACK");
        }
        try (ProjectStore store = ProjectStore.open(db())) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.latestVersion());
        }
    }

    @Test
    void writeWhileLockedIsReportedAndLosesNothing() throws Exception {
        try (ProjectStore store = ProjectStore.open(db())) {
            ReviewDecision accepted = ReviewDecision.auto("c1").withState(ReviewState.ACCEPTED);
            store.saveReview(accepted);
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db());
                 Statement s = other.createStatement()) {
                s.execute("BEGIN EXCLUSIVE");
                assertThatThrownBy(() -> store.saveReview(accepted.withState(ReviewState.REJECTED)))
                        .isInstanceOf(ProjectFileException.class)
                        .hasMessageStartingWith(db() + " is in use by another program");
                s.execute("ROLLBACK");
            }
            assertThat(store.reviews().get("c1").state()).isEqualTo(ReviewState.ACCEPTED);
        }
    }

    @Test
    void projectOpenInAnotherCrosscheckProcessIsReportedAsInUse() throws Exception {
        ProjectStore.open(db()).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldProjectOpen.class.getName(), db().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");

            assertThatThrownBy(() -> ProjectStore.open(db()))
                    .isInstanceOf(ProjectFileException.class)
                    .hasMessageStartingWith(db() + " is in use by another program");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(10, TimeUnit.SECONDS)) {
                holder.destroy();
            }
        }
        try (ProjectStore store = ProjectStore.open(db())) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.latestVersion());
        }
    }

    @Test
    void missingFolderIsReportedInPlainWords() {
        Path inMissingFolder = dir.resolve("no-such-folder").resolve("crosscheck.db");
        assertThatThrownBy(() -> ProjectStore.open(inMissingFolder))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining(inMissingFolder.toString());
    }

    @Test
    void damagedStoredAnalysisIsReportedNamingTheDocument() throws Exception {
        try (ProjectStore store = ProjectStore.open(db())) {
            store.saveDocument(Fixtures.article("a.txt"), Fixtures.nlp("a.txt"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement()) {
            s.execute("UPDATE document_content SET nlp = x'00010203'");
        }
        try (ProjectStore store = ProjectStore.open(db())) {
            assertThatThrownBy(() -> store.document("a.txt"))
                    .isInstanceOf(ProjectFileException.class)
                    .hasMessageContaining(db().toString())
                    .hasMessageContaining("a.txt");
            assertThat(store.contentHash("a.txt")).contains("hash-of-a.txt");
            assertThat(store.snapshot().documents()).hasSize(1);
        }
    }

    /** Found by ProjectFileFuzzTest: a row Crosscheck never writes escaped as "NullPointerException: Name is null". */
    @Test
    void reportsARowCrosscheckNeverWritesAsDamagedNamingTheFile() throws Exception {
        try (ProjectStore store = ProjectStore.open(db())) {
            store.saveDocument(Fixtures.article("a.txt"), Fixtures.nlp("a.txt"));
            store.saveReview(ReviewDecision.auto("c1").withState(ReviewState.ACCEPTED));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            s.execute("UPDATE documents SET published_from = 'SOMEWHERE'");
            s.execute("UPDATE reviews SET updated_at = 'last Tuesday'");
        }
        try (ProjectStore store = ProjectStore.open(db())) {
            assertThatThrownBy(store::snapshot).isInstanceOf(ProjectFileException.class)
                    .hasMessageStartingWith(db() + " is damaged: could not read the project (");
            assertThatThrownBy(store::reviews).isInstanceOf(ProjectFileException.class)
                    .hasMessageStartingWith(db() + " is damaged: could not read the reviews (");
            assertThatThrownBy(() -> store.document("a.txt")).isInstanceOf(ProjectFileException.class)
                    .hasMessageContaining(db() + " is damaged").hasMessageContaining("a.txt");
        }
    }

    /** Found by ProjectFileFuzzTest: a negative schema version in a damaged header escaped as ArrayIndexOutOfBounds. */
    @Test
    void reportsANegativeSchemaVersionAsDamaged() throws Exception {
        ProjectStore.open(db()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = -1754404705");
        }
        assertThatThrownBy(() -> ProjectStore.open(db()))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(db() + " is not a Crosscheck project file or is damaged.");
    }
}
