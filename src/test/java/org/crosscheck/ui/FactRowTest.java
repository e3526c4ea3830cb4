package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactRowTest {

    @Test
    void shortensALongQuoteAtAWordBoundary() {
        String quote = "are a danger not only to us but to the Government of Iraq, neighboring diplomatic "
                + "missions, and residents of the former International Zone";
        String shown = FactRow.shorten(quote);
        assertThat(shown).endsWith("…").hasSizeLessThanOrEqualTo(FactRow.MAX_CELL_CHARS + 1);
        assertThat(quote).startsWith(shown.substring(0, shown.length() - 1));
        assertThat(shown.charAt(shown.length() - 2)).isNotEqualTo(' ');
    }

    @Test
    void leavesShortValuesAlone() {
        assertThat(FactRow.shorten("more than 5,000")).isEqualTo("more than 5,000");
    }
}
