/**
 * The project-level model shared by the store, the export, the services and the GUI: documents,
 * mentions, review decisions and the snapshot of a whole project.
 */
package org.crosscheck.project;
