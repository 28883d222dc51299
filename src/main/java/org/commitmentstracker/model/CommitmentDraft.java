package org.commitmentstracker.model;

import java.time.LocalDate;

/**
 * A commitment as found in a statement, before it is tracked.
 *
 * @param ownerCode the short code of the suggested owner agency, or null
 */
public record CommitmentDraft(Sector sector, String ownerCode, LocalDate deadline, String actor, String target) {
}
