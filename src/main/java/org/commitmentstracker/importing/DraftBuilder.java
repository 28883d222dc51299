package org.commitmentstracker.importing;

import java.util.ArrayList;
import java.util.List;
import org.commitmentstracker.extract.ExtractedUnit;
import org.commitmentstracker.extract.Extraction;
import org.commitmentstracker.extract.meta.StatementMetadata;
import org.commitmentstracker.model.CommitmentDraft;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;

/** Turns what the extractor found into what the store keeps. */
public final class DraftBuilder {
    private DraftBuilder() {
    }

    public static StatementDraft draft(Extraction extraction) {
        StatementMetadata m = extraction.metadata();
        String title = m.title() == null || m.title().isBlank() ? extraction.sourceName() : m.title();
        Statement statement = new Statement(null, title, m.partners(), m.date(), m.place(), m.language(), m.source(),
                m.relationship(), null, extraction.originalText(), null);
        List<UnitDraft> units = new ArrayList<>();
        for (ExtractedUnit u : extraction.units()) {
            StatementUnit unit = new StatementUnit(null, u.ordinal(), u.ref(), u.kind(), u.section(), u.text(), u.kindCue());
            CommitmentDraft commitment = u.kind() != UnitKind.COMMITMENT ? null
                    : new CommitmentDraft(u.sector(), u.owner(), u.deadline(),
                            u.actor() == null ? null : u.actor().code(), u.target());
            units.add(new UnitDraft(unit, commitment));
        }
        return new StatementDraft(statement, units);
    }
}
