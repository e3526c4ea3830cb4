/**
 * The benchmark: Crosscheck end to end against a plain CoreNLP pipeline with the same
 * properties, over the same texts in the same process, printed as one table of ratios.
 */
package org.crosscheck.bench;
