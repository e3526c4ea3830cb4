package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.ClaimBuilder.claim;
import static org.crosscheck.align.ClaimBuilder.copy;
import static org.crosscheck.align.ClaimBuilder.doc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.project.DocumentInfo;
import org.junit.jupiter.api.Test;

class IndependentSourcesTest {

    private static final LocalDate JULY_2 = LocalDate.of(2013, 7, 2);
    private static final String WIRE = "Injured people had been transported from several affected villages in two trucks, she said.";

    private static Claim trucks(String doc, String sentence) {
        return claim(doc, ClaimKind.COUNT).unit("truck").predicate("transport").subject("trucks")
                .sentence(sentence).exact("two", 2).build();
    }

    private static Map<String, DocumentInfo> byName(DocumentInfo... docs) {
        return java.util.Arrays.stream(docs).collect(java.util.stream.Collectors.toMap(DocumentInfo::name, d -> d));
    }

    @Test
    void countsASentenceReprintedWordForWordByTwoOutletsAsOneSource() {
        List<Claim> group = List.of(trucks("a", WIRE), trucks("b", "\u201C" + WIRE.replace("she said", "the doctor said")));

        assertThat(IndependentSources.count(group, byName(doc("a", JULY_2), doc("b", JULY_2)))).isEqualTo(1);
    }

    @Test
    void countsTwoReportsInTheirOwnWordsAsTwoSources() {
        List<Claim> group = List.of(trucks("a", WIRE),
                trucks("b", "Two trucks carried the wounded from the villages to the clinic, a nurse told reporters."));

        assertThat(IndependentSources.count(group, byName(doc("a", JULY_2), doc("b", JULY_2)))).isEqualTo(2);
    }

    @Test
    void countsACopyAndItsOriginalAsOneSourceWhateverTheirWords() {
        List<Claim> group = List.of(trucks("a", WIRE),
                trucks("b", "Two trucks carried the wounded from the villages to the clinic, a nurse told reporters."));

        assertThat(IndependentSources.count(group, byName(doc("a", JULY_2), copy("b", JULY_2, "a")))).isEqualTo(1);
    }

    @Test
    void leavesAShortSentenceSharedByTwoReportsToTwoSources() {
        List<Claim> group = List.of(trucks("a", "Two trucks were hit."), trucks("b", "Two trucks were hit."));

        assertThat(IndependentSources.count(group, byName(doc("a", JULY_2), doc("b", JULY_2)))).isEqualTo(2);
    }
}
