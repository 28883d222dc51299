package org.commitmentstracker.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.commitmentstracker.extract.read.UnreadableStatementException;
import org.commitmentstracker.importing.ImportCandidate;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.service.StatementImportService;
import org.commitmentstracker.service.StatementImports;
import org.commitmentstracker.extract.read.StatementReaders;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.StoreFixture;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.RecordingDialogs;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review on a real importer and store, with work run on the calling thread. */
public class ImportReviewViewModelTest {
    public static final String PERU = org.commitmentstracker.importing.StatementImporterTest.STATEMENT;


    @TempDir
    Path dir;
    StoreFixture store;
    StatementImportService importer;
    int savedCallbacks;
    /** Stands in for the store's save when a test needs it to fail or to stop midway. */
    BiFunction<String, StatementDraft, ImportOutcome> save;
    ImportReviewViewModel vm;
    /** Answers the review's questions; nothing queued: "Go back". */
    RecordingDialogs dialogs = new RecordingDialogs();
    /** The day of the review: a month after the Peru statement of 5 May 2025. */
    static final Clock TODAY = Clock.fixed(java.time.Instant.parse("2025-06-05T09:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("data"));
        new BundledAgencies(store.agencies).loadIfEmpty();
        importer = store.services.imports();
        save = importer::save;
        vm = reviewOn(TODAY);
    }

    /** A review on the day {@code clock} tells, on the real importer (with {@link #save} standing in for its save). */
    ImportReviewViewModel reviewOn(Clock clock) {
        return reviewOn(clock, new Messages(Locale.ENGLISH));
    }

    ImportReviewViewModel reviewOn(Clock clock, Messages messages) {
        return new ImportReviewViewModel(new StatementImports() {
            @Override
            public List<Path> expand(List<Path> filesOrFolders) throws UnreadableStatementException {
                return importer.expand(filesOrFolders);
            }

            @Override
            public ImportCandidate prepare(Path file) {
                return importer.prepare(file);
            }

            @Override
            public ImportCandidate prepareText(String text) {
                return importer.prepareText(text);
            }

            @Override
            public ImportOutcome save(String name, StatementDraft draft) {
                return save.apply(name, draft);
            }

            @Override
            public List<Agency> agencies() {
                return importer.agencies();
            }
        }, TaskRunner.sameThread(), messages, "Lan",
                clock, () -> savedCallbacks++);
    }

    @AfterEach
    void close() {
        store.close();
    }

    Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    UnitReview unit(String ref) {
        return vm.selectedProperty().get().units().stream().filter(u -> ref.equals(u.ref())).findFirst().orElseThrow();
    }

    @Test
    void aFileIsReadForReviewWithItsMetadataAndNothingIsStoredYet() throws Exception {
        vm.load(List.of(write("peru.txt", PERU)));

        StatementReview review = vm.selectedProperty().get();
        assertThat(review.state()).isEqualTo(StatementReview.State.READY);
        assertThat(review.titleProperty().get()).isEqualTo("Joint Statement between Viet Nam and Peru");
        assertThat(review.partnersProperty().get()).isEqualTo("Peru");
        assertThat(review.dateProperty().get()).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(review.units()).extracting(UnitReview::ref, UnitReview::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", UnitKind.CONTEXT),
                org.assertj.core.groups.Tuple.tuple("2", UnitKind.COMMITMENT),
                org.assertj.core.groups.Tuple.tuple("3", UnitKind.POSITION),
                org.assertj.core.groups.Tuple.tuple("4", UnitKind.COMMITMENT));
        assertThat(unit("2").cueProperty().get()).isNotBlank();
        assertThat(unit("2").ownerProperty().get()).isNotNull();
        assertThat(review.trackedCount()).isEqualTo(2);
        assertThat(vm.canSaveBinding().get()).isTrue();
        assertThat(vm.saveLabel()).isEqualTo("Save 1 statement (2 commitments)");
        assertThat(vm.messageProperty().get()).startsWith("Read 1 file; 1 ready");
        assertThat(store.statements.count()).isZero();
    }

    @Test
    void aSavedStatementSaysHowManyOfItsCommitmentsRepeatAnEarlierVisits() {
        importer.importAll(List.of(Path.of("src/test/resources/repeats/kz-2025.txt")));
        vm.load(List.of(Path.of("src/test/resources/repeats/kz-2026.txt")));
        StatementReview review = vm.selectedProperty().get();

        vm.save(dialogs);

        assertThat(review.state()).isEqualTo(StatementReview.State.SAVED);
        assertThat(review.messageProperty().get()).isEqualTo("Saved with 3 commitments, 1 repeating an earlier visit's");
    }

    @Test
    void whatTheOfficerChangedIsWhatIsStored() throws Exception {
        vm.load(List.of(write("peru.txt", PERU)));
        StatementReview review = vm.selectedProperty().get();
        review.titleProperty().set("Joint Statement Viet Nam - Peru, May 2025");
        review.partnersProperty().set("Peru, Chile");
        // Unit 4 is not wanted; the position 3 is made a commitment; unit 2's deadline is set by hand.
        unit("4").keptProperty().set(false);
        vm.selectedUnitProperty().set(unit("3"));
        vm.changeKind(UnitKind.COMMITMENT);
        unit("2").deadlineProperty().set(LocalDate.of(2027, 6, 30));

        assertThat(unit("3").sectorProperty().get()).isEqualTo(Sector.ECO);
        assertThat(unit("3").ownerProperty().get()).isNotNull();
        assertThat(unit("3").cueProperty().get()).isEqualTo("Marked \"Commitment\" at review by Lan");

        vm.save(dialogs);

        assertThat(review.state()).isEqualTo(StatementReview.State.SAVED);
        assertThat(vm.messageProperty().get()).isEqualTo("1 statement saved with 2 commitments.");
        assertThat(savedCallbacks).isEqualTo(1);
        Statement stored = store.statements.findAll().get(0);
        assertThat(stored.title()).isEqualTo("Joint Statement Viet Nam - Peru, May 2025");
        assertThat(stored.partners()).containsExactly("Peru", "Chile");
        assertThat(store.statements.units(stored.id())).extracting(StatementUnit::ref, StatementUnit::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", UnitKind.CONTEXT),
                        org.assertj.core.groups.Tuple.tuple("2", UnitKind.COMMITMENT),
                        org.assertj.core.groups.Tuple.tuple("3", UnitKind.COMMITMENT));
        assertThat(store.commitments.overview()).extracting(c -> c.deadline())
                .contains(LocalDate.of(2027, 6, 30));
        assertThat(vm.canSaveBinding().get()).isFalse();
    }

    @Test
    void aParagraphIsSplitInTwoCommitmentsAndMergedBack() throws Exception {
        vm.load(List.of(write("peru.txt", PERU)));
        UnitReview two = unit("2");
        vm.selectedUnitProperty().set(two);
        int at = two.text().indexOf(" by 2027");

        vm.splitAt(at);

        StatementReview review = vm.selectedProperty().get();
        assertThat(review.units()).extracting(UnitReview::ref).containsExactly("1", "2a", "2b", "3", "4");
        assertThat(unit("2a").text()).isEqualTo("The two sides agreed to raise two-way trade to USD 1 billion");
        assertThat(unit("2b").text()).isEqualTo("by 2027.");
        assertThat(unit("2a").kind()).isEqualTo(UnitKind.COMMITMENT);
        assertThat(unit("2b").deadlineProperty().get()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(vm.selectedUnitProperty().get()).isSameAs(unit("2a"));
        assertThat(review.trackedCount()).isEqualTo(3);

        vm.mergeWithNext();

        assertThat(review.units()).extracting(UnitReview::ref).containsExactly("1", "2a", "3", "4");
        assertThat(unit("2a").text()).isEqualTo(two.text());
        assertThat(unit("2a").cueProperty().get()).isEqualTo("Merged at review by Lan");
        assertThat(review.trackedCount()).isEqualTo(2);
    }

    @Test
    void aSplitWithTheCursorAtAnEndIsRefusedWithAReason() throws Exception {
        vm.load(List.of(write("peru.txt", PERU)));
        vm.selectedUnitProperty().set(unit("4"));

        vm.splitAt(0);
        assertThat(vm.errorProperty().get()).contains("Put the cursor inside the text");
        vm.mergeWithNext();
        assertThat(vm.errorProperty().get()).contains("last paragraph");
        assertThat(vm.selectedProperty().get().units()).hasSize(4);
    }

    @Test
    void unreadableAndAlreadyImportedFilesAreShownAndNeverSaved() throws Exception {
        Path empty = write("empty.txt", "");
        Path peru = write("peru.txt", PERU);
        importer.importAll(List.of(peru));

        vm.load(List.of(empty, peru));

        assertThat(vm.statements()).extracting(StatementReview::state)
                .containsExactly(StatementReview.State.UNREADABLE, StatementReview.State.ALREADY_IMPORTED);
        assertThat(vm.stateLabel(vm.statements().get(0))).isEqualTo("The file is empty.");
        assertThat(vm.stateLabel(vm.statements().get(1))).startsWith("Already in the workspace");
        assertThat(vm.canSaveBinding().get()).isFalse();
        // Not "check them, then save": there is nothing to save.
        assertThat(vm.messageProperty().get()).isEqualTo("Read 2 files; none can be saved: the list on the left says why.");
    }

    @Test
    void inVietnameseTheFoldedDetailsNameThePartnersInVietnamese() throws Exception {
        vm = reviewOn(TODAY, new Messages(Locale.forLanguageTag("vi")));
        Path russia = dir.resolve("nga.txt");
        Files.copy(Path.of(getClass().getResource("/corpus/seeds/002_c1bc1736642b0737.txt").toURI()), russia);

        vm.load(List.of(russia));

        StatementReview statement = vm.statements().get(0);
        assertThat(statement.partnersProperty().get()).isEqualTo("Russia");
        assertThat(vm.summary(statement)).contains(" — Nga · ").doesNotContain("Russia ·");
    }

    @Test
    void inVietnameseARefusedFileAndAnEmptyClipboardAreSaidInVietnamese() throws Exception {
        vm = reviewOn(TODAY, new Messages(Locale.forLanguageTag("vi")));
        Path picture = Files.copy(Path.of("src/test/resources/bad-input/image-renamed.docx"), dir.resolve("anh.docx"));

        vm.load(List.of(write("trong.txt", ""), picture));
        vm.loadText("");

        assertThat(vm.statements()).extracting(StatementReview::state).containsOnly(StatementReview.State.UNREADABLE);
        assertThat(vm.statements()).extracting(vm::stateLabel).containsExactly("Tệp trống.",
                "Đây là tệp hình ảnh, không phải tuyên bố.",
                "Bộ nhớ tạm không có nội dung: hãy sao chép văn bản của tuyên bố trước.");
        assertThat(vm.statements()).extracting(vm::shownName).containsExactly("trong.txt", "anh.docx",
                "Văn bản dán vào");
        assertThat(vm.summary(vm.statements().get(2))).isEqualTo("Văn bản dán vào");
        vm.load(List.of(dir.resolve("khong-co.txt")));
        assertThat(vm.errorProperty().get()).isEqualTo("khong-co.txt: Không tìm thấy tệp.");
    }

    @Test
    void pastedTextIsReviewedLikeAFile() {
        vm.loadText(PERU.replace("Peru", "Chile"));

        assertThat(vm.statements()).hasSize(1);
        assertThat(vm.statements().get(0).fileName()).isEqualTo("clipboard");
        assertThat(vm.statements().get(0).partnersProperty().get()).isEqualTo("Chile");
    }

    @Test
    void stoppingASaveKeepsWhatLandedAndLeavesTheRestToSave() throws Exception {
        vm.load(List.of(write("peru.txt", PERU), write("chile.txt", PERU.replace("Peru", "Chile"))));
        save = (name, draft) -> {
            vm.stop(); // the officer presses Stop while the first statement is being saved
            return importer.save(name, draft);
        };

        vm.save(dialogs);

        assertThat(vm.statements()).extracting(StatementReview::state)
                .containsExactly(StatementReview.State.SAVED, StatementReview.State.READY);
        assertThat(vm.messageProperty().get()).startsWith("Stopped: 1 of 2 statements saved");
        assertThat(store.statements.count()).isEqualTo(1);
        assertThat(vm.canSaveBinding().get()).isTrue();
    }

    @Test
    void aFailedSaveIsShownAndTheOtherStatementsStillLand() throws Exception {
        vm.load(List.of(write("peru.txt", PERU), write("chile.txt", PERU.replace("Peru", "Chile"))));
        List<String> tried = new ArrayList<>();
        save = (name, draft) -> {
            tried.add(name);
            if (name.equals("peru.txt")) {
                throw new IllegalStateException("disk I/O error");
            }
            return importer.save(name, draft);
        };

        vm.save(dialogs);

        assertThat(tried).containsExactly("peru.txt", "chile.txt");
        assertThat(vm.statements()).extracting(StatementReview::state)
                .containsExactly(StatementReview.State.FAILED, StatementReview.State.SAVED);
        assertThat(vm.errorProperty().get())
                .isEqualTo("peru.txt: It could not be saved; nothing of it was kept: disk I/O error");
        assertThat(store.statements.count()).isEqualTo(1);
    }

    @Test
    void theSelectedParagraphIsFoundInTheSourceDespiteItsLineBreaks() throws Exception {
        String wrapped = PERU.replace("raise two-way trade to", "raise two-way\n   trade to");
        vm.load(List.of(write("peru.txt", wrapped)));
        StatementReview review = vm.selectedProperty().get();

        int[] range = review.sourceRange(unit("2"));

        assertThat(review.originalText().substring(range[0], range[1]))
                .startsWith("The two sides agreed to raise two-way\n").endsWith("USD 1 billion by 2027.");
    }

    // ---- step 10: noise left out, the switch that shows it, deadlines already past ----

    /** The Viet Nam–Russia statement of 2024 as the government's news site gave it: a 64-line province list on top. */
    Path russia() throws Exception {
        Path file = dir.resolve("002_c1bc1736642b0737.txt");
        Files.copy(Path.of(getClass().getResource("/corpus/seeds/002_c1bc1736642b0737.txt").toURI()), file);
        return file;
    }

    @Test
    void noiseIsLeftOutUntilTheOfficerKeepsItAndOnlyTheSwitchShowsIt() throws Exception {
        vm.load(List.of(russia()));
        StatementReview review = vm.selectedProperty().get();
        List<UnitReview> noise = review.units().stream().filter(u -> u.kind() == UnitKind.NOISE).toList();
        assertThat(noise).extracting(UnitReview::text).contains("An Giang", "Binh Duong", "Ca Mau");
        assertThat(noise).hasSizeGreaterThanOrEqualTo(64)
                .allSatisfy(u -> assertThat(u.keptProperty().get()).as(u.text()).isFalse());
        assertThat(review.units()).filteredOn(u -> u.kind() != UnitKind.NOISE)
                .allSatisfy(u -> assertThat(u.keptProperty().get()).as(u.text()).isTrue());

        // Off at first: the list shows what is kept, and says how many are left out.
        assertThat(vm.showLeftOutProperty().get()).isFalse();
        assertThat(vm.shownUnitsProperty().get()).hasSize(review.units().size() - noise.size())
                .noneMatch(u -> u.kind() == UnitKind.NOISE);
        assertThat(vm.leftOutLabel().get()).isEqualTo("Show left-out paragraphs (" + noise.size() + " left out)");

        // On: the officer finds one and keeps it; it stays in sight when the switch is turned off.
        vm.showLeftOutProperty().set(true);
        assertThat(vm.shownUnitsProperty().get()).hasSameSizeAs(review.units());
        UnitReview anGiang = noise.get(0);
        anGiang.keptProperty().set(true);
        assertThat(vm.leftOutLabel().get()).isEqualTo("Show left-out paragraphs (" + (noise.size() - 1) + " left out)");
        vm.showLeftOutProperty().set(false);
        assertThat(vm.shownUnitsProperty().get()).contains(anGiang).doesNotContain(noise.get(1));

        vm.save(dialogs.answer(true)); // its deadline of May 2025 is past by June: "Save anyway"

        long id = store.statements.findAll().get(0).id();
        assertThat(store.statements.units(id)).extracting(StatementUnit::text)
                .contains("An Giang").doesNotContain("Binh Duong", "Ca Mau")
                .contains(review.units().stream().filter(u -> u.kind() == UnitKind.COMMITMENT).findFirst()
                        .orElseThrow().text());
    }

    @Test
    void noiseMadeAnotherKindIsKeptAndAParagraphMadeNoiseIsLeftOut() throws Exception {
        vm.load(List.of(russia()));
        UnitReview anGiang = vm.selectedProperty().get().units().get(0);
        vm.selectedUnitProperty().set(anGiang);
        vm.changeKind(UnitKind.CONTEXT);
        assertThat(anGiang.keptProperty().get()).isTrue();
        vm.changeKind(UnitKind.NOISE);
        assertThat(anGiang.keptProperty().get()).isFalse();
    }

    /** The Peru statement read late: its trade target "by 2027" (31/12/2027) is already past in March 2028. */
    void readPeruLate() throws Exception {
        vm = reviewOn(Clock.fixed(java.time.Instant.parse("2028-03-01T09:00:00Z"), ZoneOffset.UTC));
        vm.load(List.of(write("peru.txt", PERU)));
    }

    UnitReview lateStudy() {
        return unit("2");
    }

    @Test
    void aDeadlineAlreadyPastIsFlaggedOnTheParagraphAndInTheStatementsSummary() throws Exception {
        readPeruLate();
        StatementReview review = vm.selectedProperty().get();
        UnitReview late = lateStudy();
        assertThat(late.isTracked()).isTrue();
        assertThat(late.deadlineProperty().get()).isEqualTo(LocalDate.of(2027, 12, 31));

        assertThat(review.isPastDeadlineToCheck(late)).isTrue();
        assertThat(vm.tracking(late).pastDeadline()).isTrue();
        assertThat(vm.tracking(late).deadline()).startsWith("⚠ ");
        assertThat(vm.tracking(unit("4")).pastDeadline()).isFalse();
        assertThat(vm.pastDeadlineWarning().get()).isEqualTo("1 deadline already past — check it");
        assertThat(vm.stateLabel(review)).contains("1 deadline already past — check it");

        // The officer says it is right: the warning goes.
        late.deadlineCheckedProperty().set(true);
        assertThat(vm.tracking(late).pastDeadline()).isFalse();
        assertThat(vm.pastDeadlineWarning().get()).isEmpty();
        assertThat(vm.stateLabel(review)).doesNotContain("already past");
    }

    @Test
    void aDeadlineTheOfficerSetsIsChecked() throws Exception {
        readPeruLate();
        UnitReview late = lateStudy();

        late.deadlineProperty().set(LocalDate.of(2026, 6, 30));

        assertThat(vm.selectedProperty().get().pastDeadlinesToCheck()).isZero();
        assertThat(vm.pastDeadlineWarning().get()).isEmpty();
    }

    @Test
    void savingWithAPastDeadlineNotCheckedAsksOnceAndGoingBackSavesNothing() throws Exception {
        readPeruLate();
        StatementReview review = vm.selectedProperty().get();

        vm.save(dialogs);

        assertThat(dialogs.shown()).containsExactly("confirm: Saved as they are, these commitments are overdue at "
                + "once. Save anyway, or go back and check them (they are marked ⚠)?");
        assertThat(review.state()).isEqualTo(StatementReview.State.READY);
        assertThat(store.statements.count()).isZero();

        dialogs.answer(true);
        vm.save(dialogs);

        assertThat(dialogs.shown()).hasSize(2);
        assertThat(review.state()).isEqualTo(StatementReview.State.SAVED);
        assertThat(store.commitments.overview()).anySatisfy(c -> assertThat(c.deadline()).isEqualTo(
                lateStudy().deadlineProperty().get()));
    }

    @Test
    void savingWhenEveryPastDeadlineIsCheckedAsksNothing() throws Exception {
        readPeruLate();
        lateStudy().deadlineCheckedProperty().set(true);

        vm.save(dialogs);

        assertThat(dialogs.shown()).isEmpty();
        assertThat(vm.selectedProperty().get().state()).isEqualTo(StatementReview.State.SAVED);
    }
}
