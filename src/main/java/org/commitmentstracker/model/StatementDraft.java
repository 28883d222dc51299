package org.commitmentstracker.model;

import java.util.List;

/** A statement ready to be stored whole: its metadata and its units, in source order. */
public record StatementDraft(Statement statement, List<UnitDraft> units) {
    public StatementDraft {
        units = List.copyOf(units);
    }

    public long commitmentCount() {
        return units.stream().filter(u -> u.commitment() != null).count();
    }
}
