/**
 * Grouping articles into stories without comparing all pairs of the corpus: what a document
 * names ({@link org.crosscheck.spark.stories.StoryNamesOfDocument}), the blocking keys that put two
 * documents side by side when a main name of one is named by the other within a few weeks
 * ({@link org.crosscheck.spark.stories.StoryKeys}), the desktop's own judgement of each such pair
 * ({@link org.crosscheck.align.StoryNames}, through {@link org.crosscheck.spark.stories.StoryPair}), and
 * the stories as the connected parts of the pairs that hold ({@link org.crosscheck.spark.stories.Stories}).
 * Plain Java: the Spark job moves these values between machines.
 */
package org.crosscheck.spark.stories;
