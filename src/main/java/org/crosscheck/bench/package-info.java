/**
 * The benchmark: Crosscheck end to end against a plain CoreNLP pipeline with the same
 * properties, over the same texts in the same process, printed as one table of ratios; and the
 * window's start on the reopened project, in a new process ({@code StartTimes}).
 */
package org.crosscheck.bench;
