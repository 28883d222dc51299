package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.commitmentstracker.importing.UnreadableFormException;
import org.commitmentstracker.importing.UpdateFormImporter;
import org.commitmentstracker.importing.UpdatePreview;
import org.commitmentstracker.report.UpdateForms;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.ReportQueries;

/**
 * Update forms out (one workbook per owner for the ministries to fill in) and back (a preview
 * of what a returned form would change, then its accepted rows applied, signed by its author).
 */
public final class UpdateFormService implements UpdateFormExchange {
    private final UpdateForms forms;
    private final CommitmentRepository commitments;

    UpdateFormService(ReportQueries queries, CommitmentRepository commitments, Clock clock) {
        this.forms = new UpdateForms(queries, clock);
        this.commitments = commitments;
    }

    @Override
    public List<Path> exportForms(Path folder, String language) throws IOException {
        return exportForms(folder, Set.of(), language);
    }

    /** Writes one form per owner with open commitments, only these owners' when any are given. */
    public List<Path> exportForms(Path folder, Set<String> ownerCodes, String language) throws IOException {
        return forms.write(folder, ownerCodes, language);
    }

    @Override
    public UpdatePreview preview(Path file, String language) throws UnreadableFormException {
        return new UpdateFormImporter(commitments, language).preview(file);
    }

    @Override
    public int apply(UpdatePreview preview) {
        // Applying needs no words: the language only shapes the preview.
        return new UpdateFormImporter(commitments, "en").apply(preview);
    }
}
