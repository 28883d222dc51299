package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.commitmentstracker.store.jooq.Tables.HISTORY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Commitment;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitmentRepositoryTest {
    @TempDir
    Path dir;
    StoreFixture store;
    long id;
    Agency moit;
    Agency mofa;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir);
        moit = store.agencies.save("MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");
        mofa = store.agencies.save("MOFA", "Bộ Ngoại giao", "Ministry of Foreign Affairs");
        long statementId = store.statements.insert(StoreFixture.smallStatement("Text", "MOIT")).orElseThrow();
        id = store.commitments.idsByRef(statementId).get("2");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStatusChangeIsSavedWithItsHistoryEntry() {
        store.commitments.changeStatus(id, Status.IN_PROGRESS, "lan.nguyen", "Talks started");

        assertThat(store.commitments.find(id).orElseThrow().status()).isEqualTo(Status.IN_PROGRESS);
        List<HistoryEntry> history = store.history.forCommitment(id);
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.field()).isEqualTo(HistoryField.STATUS);
            assertThat(entry.oldValue()).isEqualTo("NOT_STARTED");
            assertThat(entry.newValue()).isEqualTo("IN_PROGRESS");
            assertThat(entry.author()).isEqualTo("lan.nguyen");
            assertThat(entry.comment()).isEqualTo("Talks started");
            assertThat(entry.changedAt()).isEqualTo(StoreFixture.NOW);
        });
    }

    @Test
    void aProgressNoteKeepsItsEvidenceLinkAndAttachment() {
        store.commitments.addProgress(id, "MoU signed", "minh", "https://mofa.gov.vn/mou", "attachments/1/mou.pdf");

        assertThat(store.history.forCommitment(id)).singleElement().satisfies(entry -> {
            assertThat(entry.comment()).isEqualTo("MoU signed");
            assertThat(entry.evidenceLink()).isEqualTo("https://mofa.gov.vn/mou");
            assertThat(entry.attachment()).isEqualTo("attachments/1/mou.pdf");
        });
    }

    @Test
    void aChangeFromAValueNoLongerThereIsRefusedNamingWhoChangedItAndWritesNothing() {
        store.commitments.changeStatus(id, Status.AT_RISK, "minh", null);

        assertThatThrownBy(() -> store.commitments.changeStatusFrom(id, Status.NOT_STARTED, Status.COMPLETED, "lan", null))
                .isInstanceOfSatisfying(FieldChangedException.class, e -> {
                    assertThat(e.field()).isEqualTo(HistoryField.STATUS);
                    assertThat(e.seen()).isEqualTo("NOT_STARTED");
                    assertThat(e.wanted()).isEqualTo("COMPLETED");
                    assertThat(e.current()).isEqualTo("AT_RISK");
                    assertThat(e.by()).isEqualTo("minh");
                    assertThat(e.at()).isEqualTo(StoreFixture.NOW);
                });
        assertThat(store.commitments.find(id).orElseThrow().status()).isEqualTo(Status.AT_RISK);
        assertThat(store.history.count()).isEqualTo(1);
    }

    @Test
    void aChangeFromTheValueStillThereIsWrittenWithItAsTheOldValue() {
        assertThat(store.commitments.changeNextStepFrom(id, null, "Call MOIT", "lan")).isTrue();
        assertThat(store.commitments.changeNextStepFrom(id, null, "Call MOIT", "minh"))
                .as("someone set the very value already: nothing to write, nothing lost").isFalse();

        assertThat(store.history.forCommitment(id)).singleElement().satisfies(h -> {
            assertThat(h.oldValue()).isNull();
            assertThat(h.newValue()).isEqualTo("Call MOIT");
        });
    }

    @Test
    void anEditFromStaleValuesWritesNoneOfItsFields() {
        Commitment seen = store.commitments.find(id).orElseThrow();
        store.commitments.changeDeadline(id, LocalDate.of(2027, 6, 30), "minh", null);

        assertThatThrownBy(() -> store.commitments.edit(id, seen, Status.IN_PROGRESS, null, LocalDate.of(2028, 1, 31),
                "Talks held", "lan")).isInstanceOf(FieldChangedException.class);

        assertThat(store.commitments.find(id).orElseThrow().status()).isEqualTo(seen.status());
        assertThat(store.commitments.find(id).orElseThrow().deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(store.history.count()).isEqualTo(1);
    }

    @Test
    void coOwnersChangedMeanwhileAreNotReplaced() {
        store.commitments.changeCoOwners(id, List.of(mofa.id()), "minh");

        assertThatThrownBy(() -> store.commitments.changeCoOwnersFrom(id, List.of(), List.of(moit.id()), "lan"))
                .isInstanceOfSatisfying(FieldChangedException.class,
                        e -> assertThat(e.current()).isEqualTo(String.valueOf(mofa.id())));
        assertThat(store.commitments.find(id).orElseThrow().coOwnerAgencyIds()).containsExactly(mofa.id());
    }

    @Test
    void settingTheSameValueRecordsNothing() {
        store.commitments.changeStatus(id, Status.NOT_STARTED, "lan", null);
        assertThat(store.history.count()).isZero();
    }

    @Test
    void ownerDeadlineNotesAndProgressAreAllInTheHistory() {
        store.commitments.changeOwner(id, mofa.id(), "lan", null);
        store.commitments.changeDeadline(id, LocalDate.of(2027, 6, 30), "lan", "Moved by the partner");
        store.commitments.changeNextStep(id, "Send the draft", "lan");
        store.commitments.changeNotes(id, "Waiting for comments", "lan");
        store.commitments.addProgress(id, "Draft sent on 2 October", "minh");

        Commitment c = store.commitments.find(id).orElseThrow();
        assertThat(c.ownerAgencyId()).isEqualTo(mofa.id());
        assertThat(c.deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(c.nextStep()).isEqualTo("Send the draft");
        assertThat(c.notes()).isEqualTo("Waiting for comments");
        assertThat(store.history.forCommitment(id)).extracting(HistoryEntry::field).containsExactly(
                HistoryField.OWNER, HistoryField.DEADLINE, HistoryField.NEXT_STEP, HistoryField.NOTES,
                HistoryField.PROGRESS);
        HistoryEntry owner = store.history.forCommitment(id).get(0);
        assertThat(owner.oldValue()).isEqualTo(String.valueOf(moit.id()));
        assertThat(owner.newValue()).isEqualTo(String.valueOf(mofa.id()));
        HistoryEntry deadline = store.history.forCommitment(id).get(1);
        assertThat(deadline.oldValue()).isEqualTo("2026-12-31");
        assertThat(deadline.newValue()).isEqualTo("2027-06-30");
    }

    @Test
    void historyCannotBeRewritten() {
        store.commitments.changeStatus(id, Status.COMPLETED, "lan", null);
        assertThatThrownBy(() -> store.workspace.database().dsl().update(HISTORY).set(HISTORY.AUTHOR, "someone else")
                .execute()).hasMessageContaining("append-only");
        assertThat(store.history.forCommitment(id).get(0).author()).isEqualTo("lan");
    }

    @Test
    void anUnknownOwnerIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> store.commitments.changeOwner(id, 9_999L, "lan", null))
                .isInstanceOf(RuntimeException.class);
        assertThat(store.commitments.find(id).orElseThrow().ownerAgencyId()).isEqualTo(moit.id());
        assertThat(store.history.count()).isZero();
    }

    @Test
    void anUnknownCommitmentIsAnError() {
        assertThatThrownBy(() -> store.commitments.changeStatus(424_242L, Status.DROPPED, "lan", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBulkChangeLandsOnAllOrNone() {
        long other = store.commitments.idsByRef(store.statements.insert(StoreFixture.smallStatement("Other", "MOIT"))
                .orElseThrow()).get("2");

        store.commitments.changeMany(List.of(id, other), Status.AT_RISK, mofa.id(), null, "lan");

        assertThat(store.commitments.find(id).orElseThrow().status()).isEqualTo(Status.AT_RISK);
        assertThat(store.commitments.find(other).orElseThrow().ownerAgencyId()).isEqualTo(mofa.id());
        assertThat(store.commitments.find(other).orElseThrow().deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(store.history.count()).isEqualTo(4);

        assertThatThrownBy(() -> store.commitments.changeMany(List.of(id, 987_654L), Status.DROPPED, null, null, "lan"))
                .isInstanceOf(RuntimeException.class);
        assertThat(store.commitments.find(id).orElseThrow().status()).as("rolled back").isEqualTo(Status.AT_RISK);
        assertThat(store.history.count()).isEqualTo(4);
    }
}
