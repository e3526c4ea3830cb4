/**
 * The services the CLI and the GUI share: {@link org.crosscheck.service.Workbench} and its
 * implementation on a project file, which runs the data flow load -> nlp -> claims -> align ->
 * store -> export, keeps review decisions with undo and redo, and times each stage.
 */
package org.crosscheck.service;
