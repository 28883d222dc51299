package org.commitmentstracker.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.poi.ss.usermodel.Workbook;
import org.commitmentstracker.io.IoFailures;

/**
 * Writes a workbook so that its file appears whole or not at all: into a hidden file beside
 * the target (so the final step is a rename, and with the usual permissions, which
 * createTempFile's owner-only ones are not), then moved into place. When writing fails (a full
 * disk, a folder that takes no files) the hidden file goes, a file already at the target stays
 * as it was, and the message says so.
 */
final class WholeFile {
    /** Opens the hidden file for writing; tests open streams that fail as a full disk does. */
    @FunctionalInterface
    interface Opener {
        OutputStream open(Path temp) throws IOException;
    }

    static final WholeFile ON_DISK = new WholeFile(temp -> Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW));

    private final Opener opener;

    WholeFile(Opener opener) {
        this.opener = opener;
    }

    /** What is written: a workbook, a Word document (anything POI writes to a stream). */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    void write(Workbook workbook, Path target) throws IOException {
        write((Content) workbook::write, target);
    }

    void write(Content content, Path target) throws IOException {
        Path temp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".part");
        boolean existed = Files.exists(target);
        try {
            try (Watched out = new Watched(opener.open(temp))) {
                try {
                    content.writeTo(out);
                } catch (RuntimeException e) {
                    // POI reports a failed stream (a full disk) as a runtime exception that has lost
                    // the stream's own exception: that one says what happened.
                    if (out.failure != null) {
                        throw out.failure;
                    }
                    throw e;
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException(IoFailures.reason(e) + (existed ? "; the file already there was left as it was"
                    : "; no file was left there"), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A stream that remembers its first failure. */
    private static final class Watched extends FilterOutputStream {
        private IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remembered(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remembered(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remembered(e);
            }
        }

        private IOException remembered(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
