/**
 * Claims: the checkable statements of an article. {@link org.crosscheck.claims.ClaimExtractor}
 * turns a CoreNLP-annotated article into {@link org.crosscheck.claims.Claim}s (counts, quantities,
 * money, percentages, dates, durations and attributed statements) with their subject, predicate,
 * speaker, entities and role; the values come from the normalize package's number and date
 * normalisers. {@link org.crosscheck.claims.MentionNormalizer} gives every value mention its
 * normalised form for mentions.csv with the same normalisers. Word lists live in
 * {@code models/claims/}; WordNet (through {@link org.crosscheck.claims.WordNetLexicon}) tells
 * which nouns name people and which words are paraphrases. Needs: load and nlp records.
 * Provides: claims for the align package.
 */
package org.crosscheck.claims;
