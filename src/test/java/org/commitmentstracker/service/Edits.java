package org.commitmentstracker.service;

import java.time.LocalDate;
import org.commitmentstracker.model.Commitment;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;

/**
 * A test's edit as an officer makes it: read the commitment, then change one field from the value
 * read (the compare-and-set the detail pane does), so scenarios stay one line per edit.
 */
public final class Edits {
    private Edits() {
    }

    private static Commitment now(CommitmentService service, long id) {
        return service.load(id).commitment();
    }

    public static boolean status(CommitmentService service, long id, Status status, String author) {
        return service.changeStatus(id, now(service, id).status(), status, author);
    }

    public static boolean owner(CommitmentService service, long id, Long agencyId, String author) {
        return service.changeOwner(id, now(service, id).ownerAgencyId(), agencyId, author);
    }

    public static boolean deadline(CommitmentService service, long id, LocalDate deadline, String author) {
        return service.changeDeadline(id, now(service, id).deadline(), deadline, author);
    }

    public static boolean sector(CommitmentService service, long id, Sector sector, String author) {
        return service.changeSector(id, now(service, id).sector(), sector, author);
    }

    public static boolean nextStep(CommitmentService service, long id, String nextStep, String author) {
        return service.changeNextStep(id, now(service, id).nextStep(), nextStep, author);
    }

    public static boolean notes(CommitmentService service, long id, String notes, String author) {
        return service.changeNotes(id, now(service, id).notes(), notes, author);
    }

    public static void coOwners(CommitmentService service, long id, java.util.List<Long> agencyIds, String author) {
        service.changeCoOwners(id, now(service, id).coOwnerAgencyIds(), agencyIds, author);
    }
}
