/**
 * The JavaFX workbench: the only package that imports JavaFX.
 *
 * <p>Model-view-viewmodel, after JabRef: each screen is a {@code FooView} (Java code that
 * loads {@code Foo.fxml} and binds controls) and a {@code FooViewModel} (state and actions as
 * JavaFX properties, never touching a control). All screens share one {@link
 * org.crosscheck.ui.ProjectSession}, which holds the current {@link
 * org.crosscheck.service.Workbench}, its latest snapshot and the selection. Every call into the
 * workbench runs on a {@link org.crosscheck.ui.TaskExecutor}, so nothing slow runs on the FX
 * thread; results come back on the FX thread. Tests use {@link
 * org.crosscheck.ui.CurrentThreadTaskExecutor}.
 *
 * <p>Entry points: {@link org.crosscheck.ui.GuiLauncher#launch} (called by the CLI's
 * {@code gui} command) and {@link org.crosscheck.ui.CrosscheckApp}.
 */
package org.crosscheck.ui;
