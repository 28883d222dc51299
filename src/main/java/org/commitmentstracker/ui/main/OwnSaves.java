package org.commitmentstracker.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.RepeatedCommitment;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.service.BulkChanges;
import org.commitmentstracker.service.CommitmentDetails;
import org.commitmentstracker.service.CommitmentEditor;

/**
 * The window's writers, telling its {@link LiveUpdates} of each save before it is written and
 * when it ended: a look for changes that falls between the two takes the save as the window's
 * own (it shows it already) instead of reloading for it.
 */
public final class OwnSaves {
    private OwnSaves() {
    }

    /** A write that may fail in the store (clash, refusal) or with a file it could not attach. */
    private interface Write<T, E extends Exception> {
        T run() throws E;
    }

    private static <T, E extends Exception> T told(LiveUpdates live, List<Long> ids, Write<T, E> write) throws E {
        ids.forEach(live::saving);
        try {
            return write.run();
        } finally {
            ids.forEach(live::wrote);
        }
    }

    /** The detail pane's editor: {@code editor}'s writes told to {@code live}. */
    public static CommitmentEditor editor(CommitmentEditor editor, LiveUpdates live) {
        return new CommitmentEditor() {
            @Override
            public CommitmentDetails load(long commitmentId) {
                return editor.load(commitmentId);
            }

            @Override
            public boolean changeStatus(long id, Status seen, Status status, String author) {
                return told(live, List.of(id), () -> editor.changeStatus(id, seen, status, author));
            }

            @Override
            public boolean changeOwner(long id, Long seen, Long agencyId, String author) {
                return told(live, List.of(id), () -> editor.changeOwner(id, seen, agencyId, author));
            }

            @Override
            public boolean changeDeadline(long id, LocalDate seen, LocalDate deadline, String author) {
                return told(live, List.of(id), () -> editor.changeDeadline(id, seen, deadline, author));
            }

            @Override
            public boolean changeNextStep(long id, String seen, String nextStep, String author) {
                return told(live, List.of(id), () -> editor.changeNextStep(id, seen, nextStep, author));
            }

            @Override
            public boolean changeSector(long id, Sector seen, Sector sector, String author) {
                return told(live, List.of(id), () -> editor.changeSector(id, seen, sector, author));
            }

            @Override
            public void changeCoOwners(long id, List<Long> seen, List<Long> agencyIds, String author) {
                told(live, List.of(id), () -> {
                    editor.changeCoOwners(id, seen, agencyIds, author);
                    return null;
                });
            }

            @Override
            public boolean changeNotes(long id, String seen, String notes, String author) {
                return told(live, List.of(id), () -> editor.changeNotes(id, seen, notes, author));
            }

            @Override
            public void addProgress(long id, String note, String author, String evidenceLink, Path attachment)
                    throws IOException {
                OwnSaves.<Void, IOException>told(live, List.of(id), () -> {
                    editor.addProgress(id, note, author, evidenceLink, attachment);
                    return null;
                });
            }

            @Override
            public List<RepeatedCommitment> possibleRepeatsOf(long commitmentId) {
                return editor.possibleRepeatsOf(commitmentId);
            }

            @Override
            public void judgeRepeat(long id, long earlierId, boolean same, String author) {
                told(live, List.of(id), () -> {
                    editor.judgeRepeat(id, earlierId, same, author);
                    return null;
                });
            }

            @Override
            public Path attachmentFile(String attachment) {
                return editor.attachmentFile(attachment);
            }
        };
    }

    /** Bulk editing: {@code changes}' writes told to {@code live}. */
    public static BulkChanges bulk(BulkChanges changes, LiveUpdates live) {
        return new BulkChanges() {
            @Override
            public List<Agency> agencies() {
                return changes.agencies();
            }

            @Override
            public void apply(List<Long> ids, Status status, Long ownerAgencyId, LocalDate deadline, String author) {
                told(live, ids, () -> {
                    changes.apply(ids, status, ownerAgencyId, deadline, author);
                    return null;
                });
            }
        };
    }
}
