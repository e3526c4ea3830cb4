/**
 * The project-level model shared by the alignment, the store, the export, the services and the GUI:
 * documents, mentions, facts with their status and disagreement kind, review decisions and the
 * snapshot of a whole project. It sits after the claims and before the alignment in the data flow,
 * so the alignment's output type lives here and nothing here depends on how facts are made.
 */
package org.crosscheck.project;
