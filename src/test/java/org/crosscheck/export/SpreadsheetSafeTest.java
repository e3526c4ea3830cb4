package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {
    @Test
    void prefixesCellsThatWouldRunAsFormulas() {
        assertThat(SpreadsheetSafe.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetSafe.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(SpreadsheetSafe.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetSafe.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SpreadsheetSafe.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetSafe.cell("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void prefixesTextThatLooksLikeANumberWithASign() {
        assertThat(SpreadsheetSafe.cell("+44")).isEqualTo("'+44");
        assertThat(SpreadsheetSafe.cell("+2")).isEqualTo("'+2");
        assertThat(SpreadsheetSafe.cell("+44 20 7946 0000")).isEqualTo("'+44 20 7946 0000");
        assertThat(SpreadsheetSafe.cell("-5")).isEqualTo("'-5");
        assertThat(SpreadsheetSafe.cell("-5.25")).isEqualTo("'-5.25");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(SpreadsheetSafe.cell("5")).isEqualTo("5");
        assertThat(SpreadsheetSafe.cell("more than 5,000")).isEqualTo("more than 5,000");
        assertThat(SpreadsheetSafe.cell("a = b")).isEqualTo("a = b");
    }

    @Test
    void turnsNullIntoAnEmptyCell() {
        assertThat(SpreadsheetSafe.cell(null)).isEmpty();
    }
}
