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
 *
 * <p>The real-news development set ({@code ../shared/corpus}: stories of six or seven real
 * articles, each with a {@code gold.json} of labelled facts) is the headline measure.
 * {@link org.crosscheck.eval.CorpusEvaluation} analyses each story on its own and
 * {@link org.crosscheck.eval.StoryScorer}, a port of the set's {@code score.py} that gives the
 * same figures, scores it; {@link org.crosscheck.eval.CorpusReport} prints the figures, the
 * misses and the {@link org.crosscheck.eval.CorpusTargets}.
 */
package org.crosscheck.eval;
