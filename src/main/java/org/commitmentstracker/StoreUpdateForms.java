package org.commitmentstracker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.commitmentstracker.importing.UnreadableFormException;
import org.commitmentstracker.importing.UpdateFormImporter;
import org.commitmentstracker.importing.UpdatePreview;
import org.commitmentstracker.report.UpdateForms;
import org.commitmentstracker.ui.forms.UpdateFormExchange;

/** Update forms out (report layer) and back (importing layer), on the workspace. */
final class StoreUpdateForms implements UpdateFormExchange {
    private final UpdateForms forms;
    private final UpdateFormImporter importer;

    StoreUpdateForms(UpdateForms forms, UpdateFormImporter importer) {
        this.forms = forms;
        this.importer = importer;
    }

    @Override
    public List<Path> exportForms(Path folder, String language) throws IOException {
        return forms.write(folder, Set.of(), language);
    }

    @Override
    public UpdatePreview preview(Path file) throws UnreadableFormException {
        return importer.preview(file);
    }

    @Override
    public int apply(UpdatePreview preview) {
        return importer.apply(preview);
    }
}
