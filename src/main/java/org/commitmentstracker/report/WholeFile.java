package org.commitmentstracker.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes a workbook so that its file appears whole or not at all: into a hidden file beside
 * the target (so the final step is a rename, and with the usual permissions, which
 * createTempFile's owner-only ones are not), then moved into place.
 */
final class WholeFile {
    private WholeFile() {
    }

    static void write(Workbook workbook, Path target) throws IOException {
        Path temp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                workbook.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
