/**
 * The project file: one SQLite database per project, reached through {@link org.crosscheck.store.ProjectStore}.
 *
 * <p>This is the only package that imports {@code java.sql}. It keeps three kinds of data apart:
 * the machine output per document (article text, metadata and the NLP output as a compact blob,
 * so an unchanged file never needs the NLP again), the derived output (entities, mentions,
 * claims, facts, copies; replaced wholesale by each analysis, with the sentence vectors of the
 * claims' texts kept by model and text hash so no text is encoded twice), and the researcher's review
 * and entity decisions (never touched by an analysis). Every write runs in one transaction; SQLite errors
 * leave as a {@link org.crosscheck.store.ProjectFileException} with a plain-words message
 * naming the file.
 */
package org.crosscheck.store;
