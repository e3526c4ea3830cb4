/**
 * Crosscheck's analysis as an Apache Spark job (issue 19, decision 0020), running the core itself:
 * per article ({@link org.crosscheck.spark.ArticleStage}, one CoreNLP pipeline per executor JVM)
 * loading, noise stripping, NLP; the articles kept in batches ({@link org.crosscheck.spark.WorkArticles})
 * so that a re-run or a stopped job goes on where it was; stories by the desktop's rule, blocked
 * ({@link org.crosscheck.spark.StoryGrouping}); per story the desktop's analysis
 * ({@link org.crosscheck.spark.StoryAnalysis}); and the export's tables as CSV and Parquet
 * ({@link org.crosscheck.spark.OutputTables}). {@link org.crosscheck.spark.Main} is the command line.
 * This module depends on the core; the core never on it.
 */
package org.crosscheck.spark;
