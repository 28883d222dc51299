package org.commitmentstracker.service;

import java.nio.file.Path;
import java.util.List;
import org.commitmentstracker.extract.read.UnreadableStatementException;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.importing.ImportCandidate;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.StatementDraft;

/** What the import review needs from the workspace. Every method may touch the store: call it off the UI thread. */
public interface StatementImports {
    /** The files an import of these files and folders reads, in order. */
    List<Path> expand(List<Path> filesOrFolders) throws UnreadableStatementException;

    /** Reads and analyses one file; stores nothing. */
    ImportCandidate prepare(Path file);

    /** Reads and analyses pasted text; stores nothing. */
    ImportCandidate prepareText(String text);

    /** Stores one reviewed statement whole, or nothing of it. */
    ImportOutcome save(String name, StatementDraft draft);

    /** The owners the officer can choose from. */
    List<Agency> agencies();
}
