package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.commitmentstracker.importing.UnreadableFormException;
import org.commitmentstracker.importing.UpdatePreview;

/** Update forms out and back: {@link UpdateFormService}, or a test double. Every method touches the store: off the UI thread. */
public interface UpdateFormExchange {
    /** Writes one form per owner with open commitments; returns the files. */
    List<Path> exportForms(Path folder, String language) throws IOException;

    /** Reads a returned form and says what it would change, in {@code language}'s words; changes nothing. */
    UpdatePreview preview(Path file, String language) throws UnreadableFormException;

    /** Applies the preview's accepted rows; returns how many commitments changed. */
    int apply(UpdatePreview preview);
}
