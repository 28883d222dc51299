package org.commitmentstracker.ui.detail;

import org.commitmentstracker.service.CommitmentEditor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.Attachments;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.StoreFixture;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail pane's ViewModel on a real store, without the JavaFX toolkit (same-thread runner). */
class CommitmentDetailViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    StoreFixture store;
    long id;
    int saves;
    final java.util.List<java.net.URI> opened = new java.util.ArrayList<>();
    CommitmentDetailViewModel vm;
    CommitmentEditor editor;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir);
        new BundledAgencies(store.agencies).loadIfEmpty();
        long statement = store.statements.insert(StoreFixture.smallStatement("Text", "MOIT")).orElseThrow();
        id = store.commitments.idsByRef(statement).get("2");
        editor = store.services.commitments();
        vm = new CommitmentDetailViewModel(editor, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), CLOCK,
                "lan.nguyen", () -> saves++, opened::add);
        vm.show(id);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void showsTheCommitmentAndItsFields() {
        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.textProperty().get()).isEqualTo("The two sides agreed to raise trade.");
        assertThat(vm.headingProperty().get()).isEqualTo("Chile · Joint Statement · ref. 2");
        assertThat(vm.statusProperty().get()).isEqualTo(Status.NOT_STARTED);
        assertThat(vm.ownerProperty().get().code()).isEqualTo("MOIT");
        assertThat(vm.deadlineProperty().get()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(vm.agencies()).hasSizeGreaterThan(10);
        assertThat(vm.history()).isEmpty();
    }

    @Test
    void aSavedEditReplacesJustItsRowInTheTableWithoutReloadingIt() {
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        var table = new org.commitmentstracker.ui.commitments.CommitmentsViewModel(() -> {
            loads.incrementAndGet();
            return store.services.commitments().overview();
        }, text -> java.util.Set.of(), TaskRunner.sameThread(), new Messages(Locale.ENGLISH), CLOCK);
        table.refresh();
        table.selectedCommitmentProperty().set(id);
        // As the window wires them: the pane's save hands the table the row as now stored.
        CommitmentDetailViewModel pane = new CommitmentDetailViewModel(editor, TaskRunner.sameThread(),
                new Messages(Locale.ENGLISH), CLOCK, () -> "lan.nguyen", table::replace, opened::add);
        pane.show(id);
        int at = table.rows().stream().map(r -> r.commitmentId()).toList().indexOf(id);
        var before = table.rows().get(at);

        pane.statusProperty().set(Status.IN_PROGRESS);
        pane.commitStatus();

        assertThat(loads).hasValue(1);
        assertThat(table.rows().get(at)).isNotSameAs(before);
        assertThat(table.rows().get(at).statusLabel()).isEqualTo("In progress");
        assertThat(table.selectedCommitmentProperty().get()).isEqualTo(id);
    }

    @Test
    void aStatusChangeIsSavedSignedAndAppearsInTheLog() {
        vm.statusProperty().set(Status.IN_PROGRESS);
        vm.commitStatus();

        assertThat(store.commitments.find(id).orElseThrow().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(vm.history()).singleElement().satisfies(line -> {
            assertThat(line.what()).isEqualTo("Status: Not started → In progress");
            assertThat(line.author()).isEqualTo("lan.nguyen");
        });
        assertThat(saves).isEqualTo(1);
    }

    @Test
    void ownerDeadlineNotesAndProgressAreSavedAndLogged() {
        Agency mofa = vm.agencies().stream().filter(a -> a.code().equals("MOFA")).findFirst().orElseThrow();
        vm.ownerProperty().set(mofa);
        vm.commitOwner();
        vm.deadlineProperty().set(LocalDate.of(2027, 6, 30));
        vm.commitDeadline();
        vm.notesProperty().set("Waiting for the partner");
        vm.commitNotes();
        vm.progressDraftProperty().set("Draft sent on 2 October");
        vm.addProgress();

        assertThat(vm.history()).extracting(HistoryLine::what).containsExactlyInAnyOrder(
                "Owner: Ministry of Industry and Trade → Ministry of Foreign Affairs",
                "Deadline: 31/12/2026 → 30/06/2027", "Notes: Waiting for the partner", "Draft sent on 2 October");
        assertThat(vm.progressDraftProperty().get()).isEmpty();
        assertThat(store.commitments.find(id).orElseThrow().notes()).isEqualTo("Waiting for the partner");
    }

    @Test
    void undoPutsTheLastEditBackAsASignedChange() {
        assertThat(vm.canUndo()).isFalse();
        vm.statusProperty().set(Status.DROPPED);
        vm.commitStatus();
        assertThat(vm.canUndo()).isTrue();

        vm.undo();

        assertThat(store.commitments.find(id).orElseThrow().status()).isEqualTo(Status.NOT_STARTED);
        assertThat(vm.statusProperty().get()).isEqualTo(Status.NOT_STARTED);
        assertThat(vm.history()).extracting(HistoryLine::what).containsExactlyInAnyOrder(
                "Status: Not started → Dropped", "Status: Dropped → Not started");
        assertThat(vm.canUndo()).isFalse();
        vm.undo();
        assertThat(store.history.count()).isEqualTo(2);
    }

    @Test
    void clearingTheDeadlineIsAnEditThatUndoPutsBackButAnEmptyStatusIsNone() {
        vm.statusProperty().set(null);
        vm.commitStatus();
        assertThat(store.history.count()).isZero();

        vm.deadlineProperty().set(null);
        vm.commitDeadline();
        assertThat(store.commitments.find(id).orElseThrow().deadline()).isNull();

        vm.undo();
        assertThat(store.commitments.find(id).orElseThrow().deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(vm.deadlineProperty().get()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(store.history.count()).isEqualTo(2);
    }

    @Test
    void coOwnersAreSavedAndLogged() {
        Agency mofa = vm.agencies().stream().filter(a -> a.code().equals("MOFA")).findFirst().orElseThrow();
        Agency moh = vm.agencies().stream().filter(a -> a.code().equals("MOH")).findFirst().orElseThrow();
        vm.coOwners().setAll(moh, mofa);
        vm.commitCoOwners();

        assertThat(store.commitments.find(id).orElseThrow().coOwnerAgencyIds())
                .containsExactlyInAnyOrder(mofa.id(), moh.id());
        assertThat(vm.history()).singleElement().extracting(HistoryLine::what).asString()
                .startsWith("Co-owners: ").contains("Ministry of Foreign Affairs", "Ministry of Health");
        assertThat(vm.coOwners()).containsExactlyInAnyOrder(mofa, moh);
        vm.commitCoOwners();
        assertThat(store.history.count()).isEqualTo(1);
    }

    @Test
    void committingUnchangedFieldsWritesNothing() {
        vm.commitAll();
        assertThat(store.history.count()).isZero();
        assertThat(saves).isZero();
    }

    @Test
    void aFailedSaveIsToldAndTheFieldKeepsWhatWasTyped() {
        CommitmentEditor working = editor;
        CommitmentEditor failing = (CommitmentEditor) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {CommitmentEditor.class}, (proxy, method, args) -> {
                    if (method.getName().equals("load")) {
                        return working.load((Long) args[0]);
                    }
                    throw new IllegalStateException("disk I/O error");
                });
        CommitmentDetailViewModel failingVm = new CommitmentDetailViewModel(failing, TaskRunner.sameThread(),
                new Messages(Locale.ENGLISH), CLOCK, "lan", () -> saves++, opened::add);
        failingVm.show(id);
        failingVm.notesProperty().set("Important note");

        failingVm.commitNotes();

        assertThat(failingVm.errorProperty().get()).startsWith("The change was NOT saved: disk I/O error");
        assertThat(failingVm.notesProperty().get()).isEqualTo("Important note");
        assertThat(saves).isZero();
        assertThat(store.commitments.find(id).orElseThrow().notes()).isNull();

        String[] leaving = {null};
        failingVm.saveBeforeLeaving(() -> leaving[0] = "closed", reason -> leaving[0] = reason);
        assertThat(leaving[0]).as("closing asks instead of losing the note").contains("disk I/O error");
    }

    @Test
    void anUpdateCarriesItsEvidenceLinkAndACopyOfItsFile() throws Exception {
        java.nio.file.Path scan = java.nio.file.Files.writeString(dir.resolve("signed MoU.pdf"), "%PDF-1.4 scan");
        vm.progressDraftProperty().set("MoU signed in Ha Noi");
        vm.evidenceLinkDraftProperty().set("https://mofa.gov.vn/news/mou-signed");
        vm.attachmentDraftProperty().set(scan);

        vm.addProgress();

        HistoryLine line = vm.history().get(0);
        assertThat(line.what()).isEqualTo("MoU signed in Ha Noi");
        assertThat(line.link()).isEqualTo("https://mofa.gov.vn/news/mou-signed");
        assertThat(line.attachment()).isEqualTo("attachments/" + id + "/signed MoU.pdf");
        assertThat(line.attachmentName()).isEqualTo("signed MoU.pdf");
        java.nio.file.Path copy = dir.resolve("attachments").resolve(Long.toString(id)).resolve("signed MoU.pdf");
        assertThat(copy).hasContent("%PDF-1.4 scan");
        assertThat(vm.evidenceLinkDraftProperty().get()).isEmpty();
        assertThat(vm.attachmentDraftProperty().get()).isNull();

        vm.openLink(line);
        vm.openAttachment(line);
        assertThat(opened).containsExactly(java.net.URI.create("https://mofa.gov.vn/news/mou-signed"), copy.toUri());
    }

    @Test
    void anAttachedFileThatIsGoneIsToldNotOpened() throws Exception {
        java.nio.file.Path scan = java.nio.file.Files.writeString(dir.resolve("minutes.pdf"), "%PDF-1.4 minutes");
        vm.progressDraftProperty().set("Minutes received");
        vm.attachmentDraftProperty().set(scan);
        vm.addProgress();
        HistoryLine line = vm.history().get(0);
        java.nio.file.Files.delete(dir.resolve("attachments").resolve(Long.toString(id)).resolve("minutes.pdf"));

        vm.openAttachment(line);

        assertThat(opened).isEmpty();
        assertThat(vm.errorProperty().get()).startsWith("The attached file attachments/" + id + "/minutes.pdf could "
                + "not be opened: ").contains("was not found");
    }

    @Test
    void anUpdateWithABadLinkOrAMissingFileIsRefusedAndTheDraftIsKept() {
        vm.progressDraftProperty().set("Report received");
        vm.evidenceLinkDraftProperty().set("mofa.gov.vn report");
        vm.addProgress();
        assertThat(vm.errorProperty().get()).isEqualTo(
                "\"mofa.gov.vn report\" is not a web address: it should start with http:// or https://");

        vm.evidenceLinkDraftProperty().set("");
        vm.attachmentDraftProperty().set(dir.resolve("gone.pdf"));
        vm.addProgress();
        assertThat(vm.errorProperty().get()).startsWith("The change was NOT saved: gone.pdf was not found");

        assertThat(vm.history()).isEmpty();
        assertThat(vm.progressDraftProperty().get()).isEqualTo("Report received");
        assertThat(store.history.count()).isZero();
    }

    @Test
    void anUpdateNeedsWordsNotOnlyAFile() {
        vm.evidenceLinkDraftProperty().set("https://mofa.gov.vn/a");
        vm.addProgress();
        assertThat(vm.errorProperty().get()).startsWith("Write what happened first");
        assertThat(store.history.count()).isZero();
    }

    @Test
    void anAttachmentRefusedByTheWorkspaceIsToldInVietnamese() throws Exception {
        CommitmentDetailViewModel vietnamese = new CommitmentDetailViewModel(editor, TaskRunner.sameThread(),
                new Messages(Locale.forLanguageTag("vi")), CLOCK, "lan.nguyen", () -> saves++, opened::add);
        vietnamese.show(id);
        java.nio.file.Path large = dir.resolve("ban-quet.pdf");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(large.toFile(), "rw")) {
            sparse.setLength(51L * 1024 * 1024); // over the limit, without writing 51 MB
        }
        vietnamese.progressDraftProperty().set("Đã nhận báo cáo");
        vietnamese.attachmentDraftProperty().set(large);

        vietnamese.addProgress();

        assertThat(vietnamese.errorProperty().get()).isEqualTo("Thay đổi CHƯA được lưu: tệp ban-quet.pdf quá lớn để "
                + "đính kèm (51 MB; giới hạn là 50 MB). Nội dung bạn nhập vẫn giữ nguyên; hãy thử lại.");

        vietnamese.attachmentDraftProperty().set(dir.resolve("gone.pdf"));
        vietnamese.addProgress();

        assertThat(vietnamese.errorProperty().get()).startsWith(
                "Thay đổi CHƯA được lưu: không tìm thấy gone.pdf, hoặc đó không phải là tệp.");
        assertThat(store.history.count()).isZero();
    }

    // ---- step 10: nothing typed is lost, dates are checked ----

    @Test
    void anImpossibleOrUnreadableDateIsRefusedWithAMessageAndTheDeadlineKept() {
        for (String typed : java.util.List.of("31/02/2026", "abc", "32/1/2026", "quý V/2026")) {
            vm.deadlineTypedProperty().set(typed);
            vm.commitTypedDeadline();

            assertThat(vm.deadlineErrorProperty().get()).as(typed).contains(typed).contains("31/12/2026");
            assertThat(vm.deadlineProperty().get()).as(typed).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(store.commitments.find(id).orElseThrow().deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        }
        assertThat(vm.history()).isEmpty();
    }

    @Test
    void quartersShortYearsAndIsoDatesAreRead_emptyClears() {
        java.util.Map<String, LocalDate> typed = new java.util.LinkedHashMap<>();
        typed.put("Q3 2026", LocalDate.of(2026, 9, 30));
        typed.put("quý III/2026", LocalDate.of(2026, 9, 30));
        typed.put("Quý 4/2027", LocalDate.of(2027, 12, 31));
        typed.put("5/3/27", LocalDate.of(2027, 3, 5));
        typed.put("2028-02-29", LocalDate.of(2028, 2, 29));
        typed.put("15/01/2029", LocalDate.of(2029, 1, 15));
        typed.forEach((text, date) -> {
            vm.deadlineTypedProperty().set(text);
            vm.commitTypedDeadline();
            assertThat(store.commitments.find(id).orElseThrow().deadline()).as(text).isEqualTo(date);
            assertThat(vm.deadlineErrorProperty().get()).isEmpty();
        });

        vm.deadlineTypedProperty().set("");
        vm.commitTypedDeadline();
        assertThat(store.commitments.find(id).orElseThrow().deadline()).isNull();
    }

    @Test
    void aDraftUpdateStaysWithItsCommitmentAndWhatIsTypedIsSavedWhenTheRowChanges() {
        long other = otherCommitment();
        vm.progressDraftProperty().set("Met the embassy on 3 October");
        vm.notesProperty().set("Ask the partner for dates");

        vm.show(other);

        assertThat(vm.progressDraftProperty().get()).as("another commitment: an empty box").isEmpty();
        assertThat(store.commitments.find(id).orElseThrow().notes()).isEqualTo("Ask the partner for dates");
        assertThat(vm.unaddedUpdates()).isEqualTo(1);
        vm.addProgress();
        assertThat(store.services.commitments().load(other).history()).isEmpty();

        vm.show(id);
        assertThat(vm.progressDraftProperty().get()).isEqualTo("Met the embassy on 3 October");
        vm.addProgress();
        assertThat(store.services.commitments().load(id).history())
                .anySatisfy(h -> assertThat(h.comment()).isEqualTo("Met the embassy on 3 October"));
        assertThat(vm.unaddedUpdates()).isZero();
    }

    @Test
    void savingBeforeLeavingWritesTheFieldsOnceOrSaysWhyNot() {
        vm.notesProperty().set("Typed, then Ctrl+Q");
        vm.commitNotes();
        String[] outcome = {null};
        vm.saveBeforeLeaving(() -> outcome[0] = "saved", reason -> outcome[0] = reason);
        assertThat(outcome[0]).isEqualTo("saved");
        assertThat(store.services.commitments().load(id).history()).singleElement()
                .satisfies(h -> assertThat(h.newValue()).isEqualTo("Typed, then Ctrl+Q"));

        vm.deadlineTypedProperty().set("31/02/2026");
        vm.saveBeforeLeaving(() -> outcome[0] = "saved", reason -> outcome[0] = reason);
        assertThat(outcome[0]).contains("31/02/2026");
    }

    @Test
    void theSectorIsShownAndAChangeIsSavedSignedAndLogged() {
        assertThat(vm.sectorProperty().get()).isEqualTo(org.commitmentstracker.model.Sector.ECO);
        vm.sectorProperty().set(org.commitmentstracker.model.Sector.FIN);
        vm.commitSector();
        vm.commitAll();

        assertThat(store.commitments.find(id).orElseThrow().sector()).isEqualTo(org.commitmentstracker.model.Sector.FIN);
        assertThat(store.services.commitments().load(id).history()).singleElement().satisfies(h -> {
            assertThat(h.field()).isEqualTo(org.commitmentstracker.model.HistoryField.SECTOR);
            assertThat(h.author()).isEqualTo("lan.nguyen");
        });
        assertThat(vm.history()).singleElement().satisfies(line ->
                assertThat(line.what()).startsWith("Sector: Economy").endsWith("→ Finance and banking"));
    }

    @Test
    void aRebuiltPaneInAnotherLanguageKeepsTheDraftUpdate() {
        vm.progressDraftProperty().set("Met the embassy on 3 October");
        CommitmentDetailViewModel rebuilt = new CommitmentDetailViewModel(editor, TaskRunner.sameThread(),
                new Messages(Locale.forLanguageTag("vi")), CLOCK, "lan.nguyen", () -> saves++, opened::add);

        rebuilt.takeDraftsFrom(vm);
        rebuilt.show(id);

        assertThat(rebuilt.progressDraftProperty().get()).isEqualTo("Met the embassy on 3 October");
    }

    @Test
    void aStatusAnotherOfficerSavedFirstIsNotOverwrittenAndTheClashNamesBothValues() {
        store.commitments.changeStatus(id, Status.COMPLETED, "minh.tran", null);

        vm.statusProperty().set(Status.IN_PROGRESS);
        vm.commitStatus();

        assertThat(store.commitments.find(id).orElseThrow().status()).isEqualTo(Status.COMPLETED);
        assertThat(vm.clashProperty().get()).contains("minh.tran", "status", "It is now: “Completed”",
                "Yours, not saved: “In progress”");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(store.services.commitments().load(id).history()).hasSize(1);
    }

    @Test
    void afterAClashKeepingTheirsShowsTheirValue() {
        store.commitments.changeDeadline(id, LocalDate.of(2027, 6, 30), "minh.tran", null);
        vm.deadlineProperty().set(LocalDate.of(2026, 9, 30));
        vm.commitDeadline();

        vm.keepTheirs();

        assertThat(vm.clashProperty().get()).isEmpty();
        assertThat(vm.deadlineProperty().get()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(store.commitments.find(id).orElseThrow().deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void afterAClashApplyingMineAnywayOverwritesTheirsKnowinglyInTheLog() {
        store.commitments.changeNextStep(id, "Call MOIT", "minh.tran");
        vm.nextStepProperty().set("Wait for the visit");
        vm.commitNextStep();
        assertThat(vm.clashProperty().get()).contains("It is now: “Call MOIT”", "Yours, not saved: “Wait for the visit”");

        vm.applyMineAnyway();

        assertThat(vm.clashProperty().get()).isEmpty();
        assertThat(store.commitments.find(id).orElseThrow().nextStep()).isEqualTo("Wait for the visit");
        assertThat(store.services.commitments().load(id).history()).last().satisfies(h -> {
            assertThat(h.oldValue()).isEqualTo("Call MOIT");
            assertThat(h.newValue()).isEqualTo("Wait for the visit");
            assertThat(h.author()).isEqualTo("lan.nguyen");
        });
    }

    @Test
    void theClashIsToldInVietnamese() {
        CommitmentDetailViewModel vi = new CommitmentDetailViewModel(editor, TaskRunner.sameThread(),
                new Messages(Locale.forLanguageTag("vi")), CLOCK, "lan.nguyen", () -> saves++, opened::add);
        vi.show(id);
        store.commitments.changeStatus(id, Status.COMPLETED, "minh.tran", null);

        vi.statusProperty().set(Status.AT_RISK);
        vi.commitStatus();

        assertThat(vi.clashProperty().get()).contains("minh.tran đã sửa trạng thái", "Hiện nay là: “Hoàn thành”");
    }

    @Test
    void aReloadShowsAnotherOfficersChangesAndKeepsWhatIsBeingTyped() {
        vm.nextStepProperty().set("Draft the MoU");
        store.commitments.changeStatus(id, Status.AT_RISK, "minh.tran", null);
        store.commitments.changeNextStep(id, "Call MOIT", "minh.tran");

        vm.reload();

        assertThat(vm.statusProperty().get()).isEqualTo(Status.AT_RISK);
        assertThat(vm.nextStepProperty().get()).isEqualTo("Draft the MoU");
        assertThat(vm.history()).hasSize(2);
        // What was typed started from the old next step: saving it now tells of the other officer's.
        vm.commitNextStep();
        assertThat(store.commitments.find(id).orElseThrow().nextStep()).isEqualTo("Call MOIT");
        assertThat(vm.clashProperty().get()).contains("It is now: “Call MOIT”");
    }

    @Test
    void aReloadKeepsTypingThatThenSavesWhenNoOneElseChangedThatField() {
        vm.notesProperty().set("Embassy informed");
        store.commitments.changeStatus(id, Status.AT_RISK, "minh.tran", null);

        vm.reload();
        vm.commitNotes();

        assertThat(vm.clashProperty().get()).isEmpty();
        assertThat(store.commitments.find(id).orElseThrow().notes()).isEqualTo("Embassy informed");
        assertThat(store.commitments.find(id).orElseThrow().status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void aClashFoundOnLeavingACommitmentIsStillToldOnTheNextOneNamingItAndCanBeApplied() {
        long other = otherCommitment();
        vm.nextStepProperty().set("Draft the MoU");
        store.commitments.changeNextStep(id, "Call MOIT", "minh.tran");

        vm.show(other);

        assertThat(vm.clashProperty().get()).startsWith("Not saved on Chile · Joint Statement · ref. 2:")
                .contains("minh.tran changed the next step", "It is now: \u201cCall MOIT\u201d",
                        "Yours, not saved: \u201cDraft the MoU\u201d");

        vm.applyMineAnyway();

        assertThat(store.commitments.find(id).orElseThrow().nextStep()).isEqualTo("Draft the MoU");
        assertThat(store.commitments.find(other).orElseThrow().nextStep()).isNull();
        assertThat(vm.clashProperty().get()).isEmpty();
    }

    private long otherCommitment() {
        long statement = store.statements.insert(StoreFixture.smallStatement("Other text", "MOFA")).orElseThrow();
        return store.commitments.idsByRef(statement).get("2");
    }

    @Test
    void onceTheWindowHasClosedAFieldLosingFocusWritesNothing() {
        vm.nextStepProperty().set("Typed as the window went");

        vm.close();
        vm.commitNextStep();

        assertThat(store.commitments.find(id).orElseThrow().nextStep()).isNull();
    }
}
