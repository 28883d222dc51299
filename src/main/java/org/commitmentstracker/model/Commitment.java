package org.commitmentstracker.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up state of one commitment unit.
 *
 * @param actor  the side that must act: both sides, Viet Nam, or the partner
 * @param target a numeric target the text sets, such as "USD 200 million"
 */
public record Commitment(
        Long id,
        long unitId,
        Sector sector,
        Long ownerAgencyId,
        List<Long> coOwnerAgencyIds,
        Status status,
        LocalDate deadline,
        String actor,
        String target,
        String nextStep,
        String notes,
        Instant createdAt,
        Instant updatedAt) {

    public Commitment {
        coOwnerAgencyIds = List.copyOf(coOwnerAgencyIds);
    }
}
