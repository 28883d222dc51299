package org.commitmentstracker.badinput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.commitmentstracker.report.UpdateForms;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.ReportQueries;
import org.commitmentstracker.store.SampleWorkspace;
import org.commitmentstracker.store.StoreFixture;

/**
 * The workspace the bad-input corpus is tried against: the sample workspace as a first run loads it, at
 * {@link StoreFixture#NOW}. Made the same way each time, its commitments have the IDs and versions that the
 * committed update forms were exported with, so an untouched row of those forms changes nothing.
 */
final class CorpusWorkspace {
    /** The owner whose form the corpus's forms are made from. */
    static final String FORM_OWNER = "MOIT";

    private CorpusWorkspace() {
    }

    static void create(Path folder) {
        try (StoreFixture store = new StoreFixture(folder)) {
            new BundledAgencies(store.agencies).loadIfEmpty();
            new SampleWorkspace(store.statements, store.commitments, store.agencies, store.settings, store.clock)
                    .loadIfFirstRun();
        }
    }

    /** The owner's update form in English, exported from the workspace in {@code folder} into {@code outDir}. */
    static Path exportForm(Path folder, Path outDir) throws IOException {
        try (StoreFixture store = new StoreFixture(folder)) {
            List<Path> forms = new UpdateForms(new ReportQueries(store.workspace.database()), store.clock)
                    .write(Files.createDirectories(outDir), Set.of(FORM_OWNER), "en");
            if (forms.size() != 1) {
                throw new IllegalStateException("the sample workspace has no open commitment of " + FORM_OWNER);
            }
            return forms.get(0);
        }
    }
}
