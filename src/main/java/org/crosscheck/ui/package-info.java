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
 * <p>The centre holds four views of the same facts, in tabs above the article: the table
 * ({@link org.crosscheck.ui.FactTableView}), the story timeline ({@link org.crosscheck.ui.TimelineView}:
 * {@link org.crosscheck.ui.TimelineLayout} places the dated claims, {@link org.crosscheck.ui.TimelineGeometry}
 * turns days into pixels for {@link org.crosscheck.ui.TimelineChart} and the SVG export), the source
 * agreement matrix ({@link org.crosscheck.ui.SourceAgreementView}, counted by
 * {@link org.crosscheck.ui.SourceAgreement}; a cell filters the table) and the two reviewers'
 * comparison ({@link org.crosscheck.ui.ReviewComparisonView}). {@link org.crosscheck.ui.ReviewLoopViewModel}
 * is the keyboard review loop (move on after a decision, whole facts, every fact shown) and the
 * reviewed count of the status bar; {@link org.crosscheck.ui.AnalysisClock} words a run's progress
 * (the article being read, the time left).
 *
 * <p>Entry points: {@link org.crosscheck.ui.GuiLauncher#launch} (called by the CLI's
 * {@code gui} command) and {@link org.crosscheck.ui.CrosscheckApp}; with
 * {@code -Dcrosscheck.startTimes=true} the app reports its first frame and usable table to the
 * benchmark and quits ({@code StartTimesReport}).
 */
package org.crosscheck.ui;
