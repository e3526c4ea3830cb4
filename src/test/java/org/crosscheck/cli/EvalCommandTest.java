package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalCommandTest {

    @Test
    void printsPrecisionRecallAndWrongPairsForExistingExports() {
        StringWriter out = new StringWriter();
        CommandLine eval = new CommandLine(new EvalCommand()).setOut(new PrintWriter(out));

        int exit = eval.execute("src/test/resources/eval-fixture/cases",
                "--exports", "src/test/resources/eval-fixture/exports");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("Cases: 3, labelled pairs: 7, not extracted: 1")
                .containsPattern("AGREE\\s+3\\s+4\\s+2\\s+0\\.667\\s+0\\.500\\s+0\\.571")
                .contains("Confusion (rows: expected, columns: predicted)")
                .contains("Wrong pairs (4):");
    }
}
