/**
 * The {@code crosscheck} command line (picocli): thin commands that call the same services as
 * the GUI — analyze, export, gui and bench — and the measures eval and eval-corpus.
 */
package org.crosscheck.cli;
