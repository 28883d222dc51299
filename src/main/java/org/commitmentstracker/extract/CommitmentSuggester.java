package org.commitmentstracker.extract;

import java.util.List;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.deadline.Deadline;
import org.commitmentstracker.extract.deadline.DeadlineFinder;
import org.commitmentstracker.extract.deadline.ScannedText;
import org.commitmentstracker.extract.meta.StatementMetadata;
import org.commitmentstracker.extract.sector.SectorClassifier;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitKind;

/**
 * Fills in what a commitment carries besides its text: deadline, acting side, numeric target
 * and suggested owner, and, for a unit the officer made a commitment at review (or cut out of
 * one), its sector too. The extractor uses it for the units it finds, the review for the
 * officer's own. Pure.
 */
public final class CommitmentSuggester {
    private final SectorClassifier sectors = new SectorClassifier();
    private final DeadlineFinder deadlines = new DeadlineFinder();
    private final OwnerFinder owners;

    public CommitmentSuggester(SectorOwners owners) {
        this.owners = new OwnerFinder(owners);
    }

    /** A commitment whose sector is already decided (by its heading or its words). */
    public ExtractedUnit complete(int ordinal, String ref, String text, String section, String kindCue,
                                  Sector sector, String sectorCue, StatementMetadata metadata) {
        return complete(ordinal, ref, text, section, kindCue, sector, sectorCue, metadata, null);
    }

    /** The same, the text's dates read from its statement's scan ({@code statement}; null: the text alone). */
    public ExtractedUnit complete(int ordinal, String ref, String text, String section, String kindCue,
                                  Sector sector, String sectorCue, StatementMetadata metadata, ScannedText statement) {
        Deadline deadline = deadlines.find(text, metadata.language(), metadata.date(), statement).orElse(null);
        return new ExtractedUnit(ordinal, ref, UnitKind.COMMITMENT, text, section, sector,
                deadline == null ? null : deadline.date(), ActorFinder.find(text, kindCue), TargetFinder.find(text),
                owners.ownerOf(sector, text), kindCue, sectorCue, deadline == null ? null : deadline.cue());
    }

    /**
     * A commitment of the officer's making: its sector from the heading above it when that
     * names one field, else from its own words, else relations in general.
     */
    public ExtractedUnit suggest(int ordinal, String ref, String text, String section, String kindCue,
                                 StatementMetadata metadata) {
        List<Sector> named = section == null ? List.of() : sectors.sectorsNamed(section);
        Sector sector;
        String sectorCue;
        if (named.size() == 1) {
            sector = named.get(0);
            sectorCue = "the heading \"" + section + "\"";
        } else {
            var own = sectors.classify(text, named);
            sector = own.map(SectorClassifier.SectorDecision::sector).orElse(named.isEmpty() ? Sector.POL : named.get(0));
            sectorCue = own.map(SectorClassifier.SectorDecision::cue).orElse("no field named: relations in general");
        }
        return complete(ordinal, ref, text, section, kindCue, sector, sectorCue, metadata);
    }
}
