package org.commitmentstracker.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A joint statement as stored, without its units. {@code id} is null before it is stored. */
public record Statement(
        Long id,
        String title,
        List<String> partners,
        LocalDate date,
        String place,
        String language,
        String source,
        String relationship,
        String contentHash,
        String originalText,
        Instant importedAt) {

    public Statement {
        partners = List.copyOf(partners);
    }
}
