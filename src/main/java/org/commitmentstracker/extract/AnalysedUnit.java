package org.commitmentstracker.extract;

import org.commitmentstracker.extract.segment.Segment;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitKind;

/**
 * A segment with its kind and, for headings and commitments, its sector; each with its cue.
 *
 * @param section the heading the unit stands under, or null
 */
public record AnalysedUnit(Segment segment, UnitKind kind, String kindCue, String section, Sector sector,
                           String sectorCue) {
}
