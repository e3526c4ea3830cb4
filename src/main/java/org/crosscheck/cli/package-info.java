/**
 * The {@code crosscheck} command line (picocli): thin commands that call the same services as
 * the GUI — analyze, export, export-reviews, compare-reviews, gui and bench — and the measures eval and
 * eval-corpus.
 */
package org.crosscheck.cli;
