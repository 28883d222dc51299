package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.commitmentstracker.model.Commitment;
import org.commitmentstracker.model.CommitmentFilter;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.Attachments;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.FieldChangedException;
import org.commitmentstracker.store.HistoryRepository;
import org.commitmentstracker.store.FullTextSearch;

/**
 * The commitments: listed, searched, shown with their log, and edited one field at a time,
 * each change signed in the history. The detail pane and the {@code list}/{@code edit}
 * commands both go through here.
 */
public final class CommitmentService implements CommitmentEditor, CommitmentSearch {
    private final CommitmentRepository commitments;
    private final HistoryRepository history;
    private final AgencyService agencies;
    private final Attachments attachments;
    private final FullTextSearch search;
    private final Glossaries glossaries;
    private final RepeatService repeats;

    CommitmentService(CommitmentRepository commitments, HistoryRepository history, AgencyService agencies,
                      Attachments attachments, FullTextSearch search, Glossaries glossaries, RepeatService repeats) {
        this.glossaries = glossaries;
        this.repeats = repeats;
        this.commitments = commitments;
        this.history = history;
        this.agencies = agencies;
        this.attachments = attachments;
        this.search = search;
    }

    /** Every commitment as a row of the table, in the store's order. */
    public List<CommitmentOverview> overview() {
        return commitments.overview();
    }

    /** How many commitments the workspace holds. */
    public int count() {
        return commitments.count();
    }

    /**
     * A stamp that changes whenever a change anyone saved (this window, another officer on the
     * same server, a command) would show on screen; compared with the last one read to know when to reload.
     */
    public String changeStamp() {
        return commitments.changeStamp();
    }

    /** One commitment as a row of the table (after an edit: the table replaces just that row). */
    public java.util.Optional<CommitmentOverview> overviewOf(long id) {
        return commitments.overviewOf(id);
    }

    /**
     * Whether the stamp moved from {@code since} to {@code now} only by {@code author}'s own
     * changes to the given commitments (then a window that already shows them need not reload).
     */
    public boolean movedOnlyBy(String since, String now, java.util.Collection<Long> commitmentIds, String author) {
        return commitments.movedOnlyBy(since, now, commitmentIds, author);
    }

    /** The ids of the commitments whose text matches what the officer typed, diacritics ignored. */
    public Set<Long> matching(String query) {
        return search.matchingCommitments(query);
    }

    /**
     * As {@link #matching(String)}; with {@code bothLanguages}, what was typed may also be found in
     * the other language through the glossary ("dau tu" also finds "investment", "trade" also
     * "thương mại"). Without it, exactly {@link #matching(String)}.
     */
    @Override
    public Set<Long> find(String query, boolean bothLanguages) {
        return bothLanguages ? search.matchingTerms(glossaries.current().expand(query)) : matching(query);
    }

    /** The lines of the glossary left out (file and line), for the window to tell; empty when all are read. */
    @Override
    public java.util.List<org.commitmentstracker.model.Explanation> glossaryProblems() {
        return glossaries.current().problems();
    }

    /** The commitments that pass the filter, ordered by statement, then by their ref's place in it. */
    public List<CommitmentOverview> list(CommitmentFilter filter, LocalDate today) {
        return overview().stream().filter(c -> filter.test(c, today))
                .sorted(Comparator.comparingLong(CommitmentOverview::statementId)
                        .thenComparingLong(CommitmentOverview::commitmentId))
                .toList();
    }

    @Override
    public List<org.commitmentstracker.model.RepeatedCommitment> possibleRepeatsOf(long commitmentId) {
        return repeats.possibleRepeatsOf(commitmentId);
    }

    @Override
    public void judgeRepeat(long id, long earlierId, boolean same, String author) {
        repeats.judge(id, earlierId, same, author);
    }

    @Override
    public CommitmentDetails load(long id) {
        return new CommitmentDetails(commitments.overviewOf(id).orElseThrow(() -> unknown(id)),
                commitments.find(id).orElseThrow(() -> unknown(id)), history.forCommitment(id), agencies.agencies(),
                repeats.earlierOf(id));
    }

    /**
     * Applies an edit of one commitment in one transaction: every field it sets changes, and the
     * note is added, or nothing is.
     *
     * @throws EditRefusedException naming what is wrong (unknown commitment or agency, blank note); nothing changed
     * @throws EditClashException      when a field it sets was changed by someone else since it was read here; nothing changed
     */
    public void edit(long id, CommitmentEdit edit, String author) {
        // What is read here is what the edit expects to replace: a change made by someone else
        // before it is written is refused (EditClashException), not overwritten.
        Commitment seen = commitments.find(id).orElseThrow(() -> unknown(id));
        Long owner = null;
        if (edit.ownerCode() != null) {
            owner = agencies.byCode(edit.ownerCode()).orElseThrow(() -> new EditRefusedException(
                    EditRefusedException.Refusal.UNKNOWN_AGENCY,
                    "no agency has the code \"" + edit.ownerCode() + "\" (see the Agencies screen)", edit.ownerCode())).id();
        }
        if (edit.note() != null && edit.note().isBlank()) {
            throw new EditRefusedException(EditRefusedException.Refusal.BLANK_NOTE, "a progress note needs some text");
        }
        if (edit.isEmpty()) {
            throw new EditRefusedException(EditRefusedException.Refusal.NOTHING_TO_CHANGE,
                    "nothing to change: give a status, an owner, a deadline or a note");
        }
        Long newOwner = owner;
        compared(() -> {
            commitments.edit(id, seen, edit.status(), newOwner, edit.deadline(),
                    edit.note() == null ? null : edit.note().strip(), author);
            return true;
        });
    }

    @Override
    public boolean changeStatus(long id, Status seen, Status status, String author) {
        return compared(() -> commitments.changeStatusFrom(id, seen, status, author, null));
    }

    @Override
    public boolean changeOwner(long id, Long seen, Long agencyId, String author) {
        return compared(() -> commitments.changeOwnerFrom(id, seen, agencyId, author, null));
    }

    @Override
    public boolean changeDeadline(long id, LocalDate seen, LocalDate deadline, String author) {
        return compared(() -> commitments.changeDeadlineFrom(id, seen, deadline, author, null));
    }

    @Override
    public boolean changeSector(long id, Sector seen, Sector sector, String author) {
        return compared(() -> commitments.changeSectorFrom(id, seen, sector, author));
    }

    @Override
    public boolean changeNextStep(long id, String seen, String nextStep, String author) {
        return compared(() -> commitments.changeNextStepFrom(id, seen, nextStep, author));
    }

    @Override
    public void changeCoOwners(long id, List<Long> seen, List<Long> agencyIds, String author) {
        compared(() -> {
            commitments.changeCoOwnersFrom(id, seen, agencyIds, author);
            return true;
        });
    }

    @Override
    public boolean changeNotes(long id, String seen, String notes, String author) {
        return compared(() -> commitments.changeNotesFrom(id, seen, notes, author));
    }

    /** Runs a compare-and-set change; a field changed meanwhile comes out as the service's clash. */
    private static boolean compared(java.util.function.BooleanSupplier change) {
        try {
            return change.getAsBoolean();
        } catch (FieldChangedException e) {
            throw new EditClashException(e.commitmentId(), e.field(), e.wanted(), e.current(), e.by(), e.at());
        }
    }

    @Override
    public void addProgress(long id, String note, String author, String evidenceLink, Path attachment)
            throws IOException {
        String copied = attachment == null ? null : attachments.copyIn(id, attachment);
        try {
            commitments.addProgress(id, note, author, evidenceLink, copied);
        } catch (RuntimeException e) {
            if (copied != null) {
                attachments.discard(copied);
            }
            throw e;
        }
    }

    @Override
    public Path attachmentFile(String attachment) {
        try {
            return attachments.open(attachment);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static EditRefusedException unknown(long id) {
        return new EditRefusedException(EditRefusedException.Refusal.UNKNOWN_COMMITMENT,
                "no commitment has the ID " + id, String.valueOf(id));
    }
}
