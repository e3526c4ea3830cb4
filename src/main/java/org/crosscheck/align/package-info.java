/**
 * Alignment: lines claims up across documents and judges them. {@link org.crosscheck.align.CopyDetector}
 * finds syndicated, trimmed and rewritten copies; {@link org.crosscheck.align.Aligner} groups claims
 * about the same thing into {@link org.crosscheck.project.Fact}s (blocked by kind, unit, predicate,
 * entity and statement words, with blocks on one concept alone only while it is rare; the rules of
 * sameness in {@link org.crosscheck.align.ClaimSimilarity}, WordNet through
 * {@link org.crosscheck.claims.WordNetLexicon} for paraphrases). Only claims of neighbouring documents
 * ({@link org.crosscheck.align.DocumentNeighbours}) that may be about one story
 * ({@link org.crosscheck.align.StoryNames}) meet, and adding articles realigns locally
 * ({@link org.crosscheck.align.LocalRealignment}). {@link org.crosscheck.align.FactComparer} gives each
 * fact its status, disagreement kind and number of independent sources. Needs claims, document
 * metadata and the mentions of places, people and organisations; provides facts.
 */
package org.crosscheck.align;

import org.crosscheck.project.Fact;
