package org.crosscheck.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Strings in the binary blobs: UTF-8 after an int length ({@code writeUTF} stops at 64 KB); -1 is null. */
final class BlobStrings {
    private BlobStrings() {
    }

    static void write(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] utf8 = in.readNBytes(length);
        if (utf8.length != length) {
            throw new IOException("blob ends inside a string");
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
