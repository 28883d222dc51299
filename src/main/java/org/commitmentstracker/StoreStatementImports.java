package org.commitmentstracker;

import java.nio.file.Path;
import java.util.List;
import org.commitmentstracker.extract.read.UnreadableStatementException;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.importing.ImportCandidate;
import org.commitmentstracker.importing.StatementImporter;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.store.AgencyRepository;
import org.commitmentstracker.ui.importing.StatementImports;

/** The import review's reads and writes, through the workspace's importer. */
public class StoreStatementImports implements StatementImports {
    private final StatementImporter importer;
    private final AgencyRepository agencies;

    public StoreStatementImports(StatementImporter importer, AgencyRepository agencies) {
        this.importer = importer;
        this.agencies = agencies;
    }

    @Override
    public List<Path> expand(List<Path> filesOrFolders) throws UnreadableStatementException {
        return importer.expand(filesOrFolders);
    }

    @Override
    public ImportCandidate prepare(Path file) {
        return importer.prepare(file);
    }

    @Override
    public ImportCandidate prepareText(String text) {
        return importer.prepareText(text);
    }

    @Override
    public ImportOutcome save(String name, StatementDraft draft) {
        return importer.store(name, draft);
    }

    @Override
    public List<Agency> agencies() {
        return agencies.findAll();
    }
}
