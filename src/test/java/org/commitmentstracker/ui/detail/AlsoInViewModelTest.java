package org.commitmentstracker.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.model.CommitmentFilter;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail pane says which earlier commitment a commitment repeats, with its status then and now. */
class AlsoInViewModelTest {
    @TempDir
    Path dir;
    WorkspaceServices workspace;
    CommitmentOverview earlier;
    CommitmentOverview later;
    CommitmentOverview shipping;

    @BeforeEach
    void twoVisits() {
        workspace = WorkspaceServices.open(dir.resolve("data"), Clock.systemUTC(), Locale.ENGLISH, "Lan");
        workspace.imports().importAll(List.of(Path.of("src/test/resources/repeats/kz-2025.txt")));
        List<CommitmentOverview> rows = workspace.commitments().list(CommitmentFilter.NONE, LocalDate.now());
        earlier = rows.stream().filter(c -> c.ref().equals("2")).findFirst().orElseThrow();
        workspace.commitments().changeStatus(earlier.commitmentId(), Status.NOT_STARTED, Status.AT_RISK, "Lan");
        workspace.imports().importAll(List.of(Path.of("src/test/resources/repeats/kz-2026.txt")));
        rows = workspace.commitments().list(CommitmentFilter.NONE, LocalDate.now());
        later = rows.stream().filter(c -> c.ref().equals("2") && c.statementId() != earlier.statementId()).findFirst()
                .orElseThrow();
        shipping = rows.stream().filter(c -> c.ref().equals("3") && c.statementId() != earlier.statementId()).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private CommitmentDetailViewModel pane(Locale language) {
        return new CommitmentDetailViewModel(workspace.commitments(), TaskRunner.sameThread(), new Messages(language),
                Clock.systemUTC(), "Lan", () -> { }, uri -> { });
    }

    @Test
    void aRepeatSaysWhereItWasAlreadyAndTheStatusThenAndNow() {
        CommitmentDetailViewModel vm = pane(Locale.ENGLISH);
        vm.show(later.commitmentId());
        assertThat(vm.alsoInProperty().get()).isEqualTo("Also in: " + earlier.statementTitle()
                + " (06/05/2025) ¶2 — status then: Not started; now: At risk");

        vm.show(shipping.commitmentId());
        assertThat(vm.alsoInProperty().get()).isEmpty();
    }

    @Test
    void possibleRepeatsAreLookedForWhenAskedAndForgottenWithAnotherCommitment() {
        CommitmentDetailViewModel vm = pane(Locale.ENGLISH);
        vm.show(shipping.commitmentId());
        assertThat(vm.possibleRepeatsProperty().get()).isEmpty();
        vm.lookForPossibleRepeats();
        assertThat(vm.lookingForRepeatsProperty().get()).isFalse();
        // The consulate in Da Nang shares the place and the verb: not linked, shown for the officer to judge.
        assertThat(vm.possibleRepeatsProperty().get()).isEqualTo("Possibly the same as: " + earlier.statementTitle()
                + " (06/05/2025) ¶3 — status then: Not started; now: Not started");

        vm.show(earlier.commitmentId());
        assertThat(vm.possibleRepeatsProperty().get()).isEmpty();
        vm.lookForPossibleRepeats();
        assertThat(vm.possibleRepeatsProperty().get())
                .isEqualTo("No other earlier commitment of this partner is worded alike.");
    }

    @Test
    void possibleRepeatsAreLookedForOnTheRunnerGivenForThem() {
        CommitmentDetailViewModel vm = pane(Locale.ENGLISH);
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        vm.lookForRepeatsWith(new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
                lookups.incrementAndGet();
                TaskRunner.sameThread().run(work, onSuccess, onFailure);
            }
        });
        vm.show(shipping.commitmentId());
        assertThat(lookups).hasValue(0);
        vm.lookForPossibleRepeats();
        assertThat(lookups).hasValue(1);
        assertThat(vm.possibleRepeatsProperty().get()).startsWith("Possibly the same as: ");
    }

    @Test
    void theOfficerTakesAwayALinkAndFindingRepeatsAgainKeepsToIt() {
        CommitmentDetailViewModel vm = pane(Locale.ENGLISH);
        vm.show(later.commitmentId());
        assertThat(vm.alsoInLines()).extracting(CommitmentDetailViewModel.RepeatLine::earlierId)
                .containsExactly(earlier.commitmentId());

        vm.judgeRepeat(vm.alsoInLines().get(0), false);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.alsoInProperty().get()).isEmpty();
        assertThat(vm.alsoInLines()).isEmpty();
        assertThat(workspace.repeats().repeating()).doesNotContain(later.commitmentId());

        // find-repeats (and each import) finds the pair again, and leaves it unlinked: the officer said so.
        workspace.repeats().relinkAll();
        assertThat(workspace.repeats().repeating()).doesNotContain(later.commitmentId());
        vm.show(later.commitmentId());
        assertThat(vm.alsoInLines()).isEmpty();
        // Looked for, it is offered with who said it is not the same, so that the word can be taken back.
        vm.lookForPossibleRepeats();
        assertThat(vm.possibleLines()).extracting(CommitmentDetailViewModel.RepeatLine::earlierId)
                .containsExactly(earlier.commitmentId());
        assertThat(vm.possibleLines().get(0).text()).endsWith("now: At risk (Lan said it is not the same)");
        vm.judgeRepeat(vm.possibleLines().get(0), true);
        assertThat(workspace.repeats().all().get(later.commitmentId())).containsExactly(earlier.commitmentId());
        // Undo says the opposite word.
        assertThat(vm.canUndo()).isTrue();
        vm.undo();
        assertThat(workspace.repeats().all()).doesNotContainKey(later.commitmentId());
        assertThat(vm.alsoInLines()).isEmpty();
    }

    @Test
    void theOfficerLinksAPossibleRepeatWhichStaysLinkedAndSaysWhoLinkedIt() {
        CommitmentDetailViewModel vm = pane(Locale.ENGLISH);
        vm.show(shipping.commitmentId());
        vm.lookForPossibleRepeats();
        CommitmentDetailViewModel.RepeatLine consulate = vm.possibleLines().get(0);

        vm.judgeRepeat(consulate, true);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.possibleLines()).isEmpty();
        assertThat(vm.possibleRepeatsProperty().get()).isEmpty();
        assertThat(vm.alsoInProperty().get()).isEqualTo("Also in: " + earlier.statementTitle()
                + " (06/05/2025) ¶3 — status then: Not started; now: Not started (linked by Lan)");
        assertThat(workspace.repeats().all().get(shipping.commitmentId())).containsExactly(consulate.earlierId());

        workspace.repeats().relinkAll();
        assertThat(workspace.repeats().all().get(shipping.commitmentId())).containsExactly(consulate.earlierId());
        // The last word counts: said not to be the same after all, the pair is unlinked.
        vm.show(shipping.commitmentId());
        vm.judgeRepeat(vm.alsoInLines().get(0), false);
        assertThat(workspace.repeats().all()).doesNotContainKey(shipping.commitmentId());
        workspace.repeats().relinkAll();
        assertThat(workspace.repeats().all()).doesNotContainKey(shipping.commitmentId());
    }

    @Test
    void onlyAnEarlierCommitmentOfThePartnerCanBeSaidToBeRepeated() {
        CommitmentDetailViewModel vm = pane(Locale.ENGLISH);
        vm.show(earlier.commitmentId());
        // The later commitment is not an earlier one of the earlier: the store refuses, the pane says so.
        vm.judgeRepeat(new CommitmentDetailViewModel.RepeatLine(later.commitmentId(), "—", "—"), true);
        assertThat(vm.errorProperty().get()).startsWith("Your word on the repeat was not saved: ");
        assertThat(workspace.repeats().all()).doesNotContainKey(earlier.commitmentId());
    }

    @Test
    void aLineShowsTheEarlierWordsOnOneLineCutPastTwoHundredAndFortyCharacters() {
        CommitmentDetailViewModel vm = pane(Locale.ENGLISH);
        vm.show(later.commitmentId());
        CommitmentDetailViewModel.RepeatLine line = vm.alsoInLines().get(0);
        assertThat(line.excerpt()).isEqualTo("“" + earlier.text() + "”");
        assertThat(line.excerptCut()).isFalse();

        String longWords = "The two sides agreed\n  to " + "cooperate closely ".repeat(20);
        CommitmentDetailViewModel.RepeatLine cut = new CommitmentDetailViewModel.RepeatLine(1, "—", longWords);
        assertThat(cut.excerptCut()).isTrue();
        assertThat(cut.excerpt()).startsWith("“The two sides agreed to cooperate").endsWith("…”").hasSize(242);
    }

    @Test
    void inVietnamese() {
        CommitmentDetailViewModel vm = pane(Locale.forLanguageTag("vi"));
        vm.show(later.commitmentId());
        assertThat(vm.alsoInProperty().get()).startsWith("Cũng có trong: " + earlier.statementTitle())
                .endsWith("¶2 — trạng thái khi đó: Chưa bắt đầu; nay: Có nguy cơ chậm");
    }
}
