package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.claims.Attributions.Attribution;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** Who a sentence says is speaking, on real CoreNLP output (the pipeline is loaded once per JVM). */
class AttributionsTest {

    private static List<Attribution> find(String sentence) {
        AnnotatedDocument doc = CoreNlpAnnotator.shared().annotate("doc.txt", sentence, null);
        return Attributions.find(new SentenceView(doc.sentences().get(0)));
    }

    @Test
    void speakerAfterTheVerb() {
        List<Attribution> found = find("The border will stay shut, said a diplomat familiar with the situation.");

        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.verb()).isEqualTo("say");
            assertThat(a.speaker()).isEqualTo("a diplomat familiar with the situation");
            assertThat(a.afterVerb()).isTrue();
        });
    }

    @Test
    void theNameOfAnAppositiveBeforeTheVerb() {
        List<Attribution> found = find("Talal, a spokesman for the prime minister, said the talks had failed.");

        assertThat(found).extracting(Attribution::speaker).containsExactly("Talal");
    }

    @Test
    void thePassivesSubjectOfAReportedSaying() {
        List<Attribution> found = find("Mr Brown is alleged to have told colleagues that he would quit.");

        assertThat(found).extracting(Attribution::speaker).containsExactly("Mr Brown");
    }

    @Test
    void noSpeakerForAPassiveReportOrAParticipleBeforeANoun() {
        assertThat(find("Five people were confirmed dead.")).isEmpty();
        assertThat(find("The reported cases rose to 40.")).isEmpty();
    }
}
