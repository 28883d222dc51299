package org.commitmentstracker.extract.read;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commitmentstracker.io.FileNames;

/** Turns the files and folders a user dropped into the list of statement files to read. */
final class FolderExpander {
    private static final Set<String> EXTENSIONS = Set.of("txt", "doc", "docx", "odt", "rtf", "pdf", "html", "htm", "mht",
            "mhtml", "eml", "msg");
    /** By name as a person sorts: case-insensitive first, then exact, so the order is stable. */
    private static final Comparator<Path> BY_NAME = Comparator
            .comparing((Path p) -> p.toString().toLowerCase(Locale.ROOT))
            .thenComparing(Path::toString);

    private FolderExpander() {
    }

    static List<Path> expand(List<Path> filesOrFolders) throws UnreadableStatementException {
        Set<Path> result = new LinkedHashSet<>();
        for (Path path : filesOrFolders) {
            if (!Files.exists(path)) {
                throw new UnreadableStatementException(FileNames.of(path), StatementProblem.NOT_FOUND,
                        StatementReaders.NOT_FOUND);
            }
            if (Files.isDirectory(path)) {
                result.addAll(statementsIn(path));
            } else {
                result.add(path);
            }
        }
        return List.copyOf(result);
    }

    /** Readable files below the folder, sorted by their path inside it; hidden folders and files are skipped. */
    private static List<Path> statementsIn(Path folder) throws UnreadableStatementException {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skip = !dir.equals(folder) && isHidden(dir);
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (Files.isRegularFile(file) && !isHidden(file) && hasStatementExtension(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // an unreadable subfolder is left out, not fatal
                }
            });
        } catch (IOException e) {
            throw new UnreadableStatementException(FileNames.of(folder), StatementProblem.READ_ERROR,
                    "could not be listed", e).saying("READ_ERROR.LIST");
        }
        found.sort(Comparator.comparing(folder::relativize, BY_NAME));
        return found;
    }

    /** Dot files and Word's "~$" owner files (left beside an open document) are not statements. */
    private static boolean isHidden(Path path) {
        String name = FileNames.of(path);
        try {
            return name.startsWith(".") || name.startsWith("~$") || Files.isHidden(path);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasStatementExtension(Path file) {
        String name = FileNames.of(file).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }
}
