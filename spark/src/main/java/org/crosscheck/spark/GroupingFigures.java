package org.crosscheck.spark;

/**
 * What the story grouping did: documents, blocking keys emitted, distinct pairs of documents the
 * keys put side by side, pairs the desktop's rule held, stories, and the largest story's documents.
 */
public record GroupingFigures(long documents, long keys, long pairs, long edges, int stories, int largest) {
}
