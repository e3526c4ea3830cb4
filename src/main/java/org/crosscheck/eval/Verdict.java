package org.crosscheck.eval;

/**
 * What became of a labelled fact: RIGHT (found with the expected status), WRONG (found, other
 * status), MISSING (not found). Found means every listed document has a claim matching its
 * member and those claims share one exported fact.
 */
public enum Verdict {
    RIGHT, WRONG, MISSING;

    public boolean found() {
        return this != MISSING;
    }
}
