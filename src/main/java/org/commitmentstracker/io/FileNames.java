package org.commitmentstracker.io;

import java.nio.file.Path;

/** The name of a file as a desk officer knows it. */
public final class FileNames {
    private FileNames() {
    }

    /** The last part of the path ("report.docx"); the whole path when it has none (a root). */
    public static String of(Path path) {
        Path fileName = path.getFileName();
        return fileName == null ? path.toString() : fileName.toString();
    }
}
