package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CsvFiles;
import org.crosscheck.cli.AnalyzeCommandTest.Captured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of bad files: each problem is named, the good files are analysed, nothing saved is lost. */
class BadInputTest {

    private static final String REPORT = """
            Flood waters forced 12,000 people from their homes in the river valley on Tuesday, officials said.

            The regional governor said more than 300 soldiers had been sent to help with the evacuation.
            """;

    @TempDir
    Path dir;

    @Test
    void namesEachBadFileAndAnalysesTheGoodOnes() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Floods in the valley\n\n" + REPORT);
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3, 0, 0, 9});
        try (RandomAccessFile huge = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        Files.write(in.resolve("cp1252.txt"), ("Storm report\n\n\u201cWe lost everything,\u201d said a farmer. "
                + "Damage was put at \u00a32 million by the council on Monday.\n").getBytes(Charset.forName("windows-1252")));
        Files.writeString(in.resolve("truncated.html"), "<html><head><title>Quake hits coast</title></head><body>"
                + "<article><p>An earthquake of magnitude 6.1 struck the coast on Monday, killing at least 20 people.</p>"
                + "<p>Rescue teams were still search");
        Files.createSymbolicLink(in.resolve("unreadable.txt"), in.resolve("does-not-exist"));

        Path out = dir.resolve("out");
        Captured run = Captured.run("analyze", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).contains("empty.txt", "binary.txt", "huge.txt", "unreadable.txt");
        assertThat(run.stderr()).doesNotContain("Exception", "\tat ");
        List<CSVRecord> docs = CsvFiles.read(out.resolve("documents.csv"));
        assertThat(docs).extracting(r -> r.get("document"))
                .contains("good.txt", "cp1252.txt", "truncated.html")
                .doesNotContain("empty.txt", "binary.txt", "huge.txt", "unreadable.txt");
    }

    @Test
    void namesEachHostileEntryWithItsReasonAndExportsOnlySafeCells() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Floods in the valley\n\n" + REPORT
                + "\nFamilies can call the hotline on +44 20 7946 0000, the council said on Tuesday.\n");
        Path secret = Files.writeString(Files.createDirectory(dir.resolve("outside")).resolve("secret.txt"),
                "Private\n\nNot for this project.\n");
        Files.writeString(in.resolve("manifest.csv"), "file,outlet\ngood.txt,+44 News\n../outside/secret.txt,X\n"
                + "/etc/hostname,Y\nmissing.txt,Z\n");
        Files.createDirectory(in.resolve("notes.txt"));
        Files.createSymbolicLink(in.resolve("link.txt"), secret);
        Files.createSymbolicLink(in.resolve("loop.txt"), in.resolve("loop.txt"));

        Path out = dir.resolve("out");
        Captured run = Captured.run("analyze", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).contains(
                "manifest.csv: line 3 of the manifest names '../outside/secret.txt', which is outside",
                "manifest.csv: line 4 of the manifest names '/etc/hostname', an absolute path",
                "manifest.csv: line 5 of the manifest names 'missing.txt', which is not an article file",
                "notes.txt: this is a folder, not a file",
                "link.txt: this is a link to " + secret.toRealPath() + ", outside the folder; it was not read",
                "loop.txt: the file is a link that leads in a loop")
                .doesNotContain("Exception", "\tat ");
        assertThat(CsvFiles.read(out.resolve("documents.csv"))).extracting(r -> r.get("document"))
                .containsExactly("good.txt");
        assertThat(CsvFiles.read(out.resolve("documents.csv")).get(0).get("outlet")).isEqualTo("'+44 News");
        for (String file : List.of("documents.csv", "mentions.csv", "claims.csv", "facts.csv")) {
            assertThat(CsvFiles.cellsStartingLikeAFormula(out.resolve(file))).as(file).isEmpty();
        }
    }

    @Test
    void keepsWhatTheProjectAlreadyHeldWhenLaterInputIsBad() throws Exception {
        Path first = Files.createDirectory(dir.resolve("first"));
        Files.writeString(first.resolve("good.txt"), "Floods in the valley\n\n" + REPORT);
        Path project = dir.resolve("project.db");
        Path out = dir.resolve("out");
        assertThat(Captured.run("analyze", first.toString(), "--project", project.toString(), "--out", out.toString())
                .exitCode()).isZero();

        Path second = Files.createDirectory(dir.resolve("second"));
        Files.writeString(second.resolve("empty.txt"), "   \n");
        Captured run = Captured.run("analyze", second.toString(), "--project", project.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(CsvFiles.read(out.resolve("documents.csv"))).extracting(r -> r.get("document")).contains("good.txt");
    }

    @Test
    void refusesADamagedProjectFileWithAPlainMessageAndLeavesItAlone() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Floods in the valley\n\n" + REPORT);
        Path project = dir.resolve("damaged.db");
        byte[] garbage = "this is not a database, just some bytes someone saved here".repeat(100)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(project, garbage);

        Captured run = Captured.run("analyze", in.toString(), "--project", project.toString(),
                "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("damaged.db").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(project)).isEqualTo(garbage);
    }
}
