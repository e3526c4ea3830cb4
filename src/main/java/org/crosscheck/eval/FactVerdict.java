package org.crosscheck.eval;

import java.util.List;

/**
 * The verdict on one labelled fact.
 *
 * @param statusesFound  for a found fact, the statuses of the exported facts that hold all its
 *                       members, sorted (WRONG shows them)
 * @param phraseFoundIn  for a MISSING fact, the documents (in the gold file's order) where a
 *                       claim in some fact matched the member
 */
public record FactVerdict(GoldFact fact, Verdict verdict, List<String> statusesFound, List<String> phraseFoundIn) {

    public FactVerdict {
        statusesFound = List.copyOf(statusesFound);
        phraseFoundIn = List.copyOf(phraseFoundIn);
    }
}
