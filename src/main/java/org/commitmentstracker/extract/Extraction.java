package org.commitmentstracker.extract;

import java.util.List;
import org.commitmentstracker.extract.meta.StatementMetadata;

/** What the extractor found in one statement: its metadata and all its units, in source order. */
public record Extraction(String sourceName, String originalText, StatementMetadata metadata, List<ExtractedUnit> units) {

    public Extraction {
        units = List.copyOf(units);
    }

    public long commitmentCount() {
        return units.stream().filter(u -> u.kind() == org.commitmentstracker.model.UnitKind.COMMITMENT).count();
    }
}
