package org.crosscheck.claims;

/**
 * One step of reading a sentence's claims, run by {@link ClaimExtractor} in a fixed order over a
 * {@link SentenceState}, like CoreNLP's sieves: each stage's doc comment says what it needs from
 * the stages before it and what it provides to those after.
 */
interface Stage {

    void apply(SentenceState s);
}
