package org.crosscheck.ui;

/** TEST FIXTURE: the sample workbench behind a session on the same-thread executor. */
final class ViewModelFixture {
    final InMemoryWorkbench workbench = SampleProject.workbench();
    final ProjectSession session = new ProjectSession(new CurrentThreadTaskExecutor(), path -> workbench);
    final MainWindowViewModel window = new MainWindowViewModel(session);

    ViewModelFixture() {
        session.use(workbench);
    }

    FactRow row(String factId) {
        return window.facts().visibleRows().stream().filter(r -> r.fact().id().equals(factId)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + factId));
    }

    org.crosscheck.project.Fact fact(String factId) {
        return workbench.snapshot().facts().stream().filter(f -> f.id().equals(factId)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + factId));
    }
}
