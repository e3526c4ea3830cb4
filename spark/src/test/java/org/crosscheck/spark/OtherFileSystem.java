package org.crosscheck.spark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * A Hadoop file system of another scheme ({@code other:///tmp/x} is the local {@code /tmp/x}), known
 * only to the job's Hadoop configuration ({@code fs.other.impl}), as {@code s3a://} or {@code hdfs://}
 * would be on a cluster: inputs given by such a URI are listed on the driver and read on the
 * executors through Hadoop, never as local paths.
 */
public final class OtherFileSystem extends RawLocalFileSystem {
    static final String SCHEME = "other";

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileStatus getFileStatus(Path path) throws IOException {
        return plain(super.getFileStatus(path));
    }

    @Override
    public FileStatus[] listStatus(Path path) throws IOException {
        FileStatus[] all = super.listStatus(path);
        for (int i = 0; i < all.length; i++) {
            all[i] = plain(all[i]);
        }
        return all;
    }

    /** Without the local file system's permissions, which it reads through java.io.File of a file: URI. */
    private static FileStatus plain(FileStatus s) {
        return new FileStatus(s.getLen(), s.isDirectory(), 1, s.getBlockSize(), s.getModificationTime(), s.getPath());
    }

    @Override
    public File pathToFile(Path path) {
        checkPath(path);
        return new File(makeQualified(path).toUri().getPath());
    }
}
