package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class PlainMessagesTest {

    @Test
    void namesTheMissingFile() {
        assertThat(PlainMessages.couldNot("export", new NoSuchFileException("/data/out")))
                .isEqualTo("Could not export: there is no file or folder /data/out.");
    }

    @Test
    void saysPermissionDeniedWithTheFile() {
        assertThat(PlainMessages.reason(new UncheckedIOException(new AccessDeniedException("/data/p.db"))))
                .isEqualTo("permission denied for /data/p.db.");
    }

    @Test
    void givesTheReasonOfAFullDisk() {
        assertThat(PlainMessages.reason(new FileSystemException("/data/facts.csv", null, "No space left on device")))
                .isEqualTo("No space left on device (/data/facts.csv).");
    }

    @Test
    void unwrapsToTheCauseThatSaysSomething() {
        assertThat(PlainMessages.reason(new ExecutionException(new IllegalStateException("the file is locked"))))
                .isEqualTo("the file is locked.");
    }

    @Test
    void neverShowsAStackTraceOnlyTheFirstLine() {
        assertThat(PlainMessages.reason(new IllegalStateException("bad header\n\tat org.x.Y(Y.java:1)")))
                .isEqualTo("bad header.");
        assertThat(PlainMessages.reason(new NullPointerException()))
                .isEqualTo("an unexpected error occurred (NullPointerException).");
    }
}
