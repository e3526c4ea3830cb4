package org.crosscheck.eval;

import java.util.List;

/**
 * What the analysis made of one labelled pair.
 *
 * @param predictedDisagreement the shared fact's disagreement kind when predicted DISAGREE, else empty
 * @param factLabelsA the labels of the facts that hold doc_a's matching claims (for the error list)
 * @param extractedA whether any claim of doc_a carries value_a
 */
public record RowOutcome(ExpectedRow expected, Relation predicted, String predictedDisagreement,
                         List<String> factLabelsA, List<String> factLabelsB,
                         boolean extractedA, boolean extractedB) {
    public RowOutcome {
        factLabelsA = List.copyOf(factLabelsA);
        factLabelsB = List.copyOf(factLabelsB);
    }

    public boolean correct() {
        return expected.status() == predicted;
    }

    public boolean extracted() {
        return extractedA && extractedB;
    }

    /** Whether a correctly found DISAGREE row also names the expected kind of disagreement. */
    public boolean disagreementKindCorrect() {
        return expected.disagreement().equalsIgnoreCase(predictedDisagreement);
    }
}
