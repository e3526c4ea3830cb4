/**
 * Two researchers, one story: a project's review decisions written to a file another researcher
 * can read ({@link org.crosscheck.review.ReviewFile}), compared claim by claim with this project's
 * ({@link org.crosscheck.review.ReviewComparison}), and their agreement as Cohen's kappa on fact
 * status and on review decision with the share of identical decisions
 * ({@link org.crosscheck.review.Agreement}, {@link org.crosscheck.review.CohenKappa}). The
 * workbench (service) reads and adopts; the CLI and the GUI show.
 */
package org.crosscheck.review;
