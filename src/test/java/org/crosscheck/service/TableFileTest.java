package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A view's table written as CSV and read back as a spreadsheet would get it. */
class TableFileTest {
    @TempDir
    Path dir;

    @Test
    void textCellsThatLookLikeFormulasAreTextAndNumbersStayNumbers() throws Exception {
        Path file = dir.resolve("matrix.csv");
        TableFile.write(file, List.of("source", "other_source", "facts_both", "share_agree", "copy"), List.of(
                List.of("=HYPERLINK(\"http://x\")", "bbc, \"news\".txt", 3, "0.667", true),
                List.of("-2+3.txt", "ap.txt", 0, "0.000", false)));
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("source")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(rows.get(0).get("other_source")).isEqualTo("bbc, \"news\".txt");
        assertThat(rows.get(0).get("facts_both")).isEqualTo("3");
        assertThat(rows.get(0).get("copy")).isEqualTo("true");
        assertThat(rows.get(1).get("source")).isEqualTo("'-2+3.txt");
        assertThat(rows.get(1).get("share_agree")).isEqualTo("0.000");
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> TableFile.write(dir.resolve("bad.csv"), List.of("a", "b"), List.of(List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells under a header of 2");
    }
}
