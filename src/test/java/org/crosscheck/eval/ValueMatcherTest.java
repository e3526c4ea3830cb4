package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueMatcherTest {

    private static ExportedAnalysis claims(String... valueTexts) {
        List<ExportedClaim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < valueTexts.length; i++) {
            claims.add(new ExportedClaim("C" + i, "a.txt", valueTexts[i], "F" + i, "SINGLE"));
        }
        return new ExportedAnalysis(claims, Map.of());
    }

    private static List<String> matches(ExportedAnalysis analysis, String phrase) {
        return ValueMatcher.claimsFor(analysis, "a.txt", phrase).stream().map(ExportedClaim::valueText).toList();
    }

    @Test
    void prefersAnExactValueTextOverOneThatContainsThePhrase() {
        assertThat(matches(claims("12 people", "12"), "12")).containsExactly("12");
    }

    @Test
    void ignoresCaseAndSpacing() {
        assertThat(matches(claims("More  than\n5,000"), "more than 5,000")).containsExactly("More  than\n5,000");
    }

    @Test
    void readsHyphensAsSpaces() {
        assertThat(matches(claims("89th minute"), "89th-minute")).containsExactly("89th minute");
    }

    @Test
    void neverMatchesANumberInsideALongerNumber() {
        assertThat(matches(claims("120 people", "1,200", "2.5%"), "12")).isEmpty();
        assertThat(matches(claims("2.5%"), "2%")).isEmpty();
    }

    @Test
    void fallsBackToAValueTextInsideThePhrase() {
        assertThat(matches(claims("5,000"), "more than 5,000")).containsExactly("5,000");
    }

    @Test
    void readsPastTheSpreadsheetGuardOfTheExport() {
        assertThat(ExportedAnalysis.unguard("'-5%")).isEqualTo("-5%");
        assertThat(ExportedAnalysis.unguard("'tis")).isEqualTo("'tis");
    }
}
