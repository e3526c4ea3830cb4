/**
 * Measures how well the cross-source statuses match a hand-labelled set of cases.
 *
 * <p>Each case folder holds a few articles, their {@code manifest.csv} and an {@code expected.csv}
 * naming pairs of value phrases (one per document) with the relation a researcher expects:
 * AGREE, DISAGREE or SEPARATE. {@link org.crosscheck.eval.StatusEvaluation} runs the real
 * analysis on each case (through the CLI's {@code analyze}), reads the exported
 * {@code claims.csv} and {@code facts.csv} back, predicts a relation for each labelled pair and
 * scores the predictions ({@link org.crosscheck.eval.EvaluationResult}). Scoring works on
 * exported CSV folders alone, so it can be tested on fixed exports.
 */
package org.crosscheck.eval;
