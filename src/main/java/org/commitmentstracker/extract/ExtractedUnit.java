package org.commitmentstracker.extract;

import java.time.LocalDate;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitKind;

/**
 * A unit as the extractor found it, with the cue behind each decision so the officer can see
 * why. Sector, deadline, actor, target and owner are set for commitments only.
 */
public record ExtractedUnit(
        int ordinal,
        String ref,
        UnitKind kind,
        String text,
        String section,
        Sector sector,
        LocalDate deadline,
        Actor actor,
        String target,
        String owner,
        String kindCue,
        String sectorCue,
        String deadlineCue) {
}
