/**
 * The job's inputs: folders of {@code .txt}/{@code .html} articles with their {@code manifest.csv}
 * and JSON Lines files, on the local disk or any Hadoop file system. The driver lists them
 * ({@link org.crosscheck.spark.input.InputListing}) into {@link org.crosscheck.spark.input.ArticleSource}s;
 * an executor turns each into a loaded {@link org.crosscheck.load.Article} with the desktop's loader
 * ({@link org.crosscheck.spark.input.ArticleReading}), so the checks and messages are the desktop's.
 */
package org.crosscheck.spark.input;
