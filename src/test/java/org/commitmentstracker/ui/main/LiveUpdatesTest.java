package org.commitmentstracker.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.commitmentstracker.model.Status;
import org.junit.jupiter.api.Test;

/** The window's look for changes saved elsewhere, without the toolkit. */
class LiveUpdatesTest {
    final Deque<Object> stamps = new ArrayDeque<>();
    final AtomicInteger reloads = new AtomicInteger();
    final LiveUpdates live = new LiveUpdates(() -> {
        Object next = stamps.removeFirst();
        if (next instanceof RuntimeException e) {
            throw e;
        }
        return (String) next;
    }, Runnable::run, reloads::incrementAndGet);

    @Test
    void reloadsOnlyWhenTheStampMoves() {
        stamps.addAll(java.util.List.of("7/2/2/40", "7/2/2/40", "8/2/2/40", "8/2/2/40", "8/3/3/40"));

        for (int i = 0; i < 5; i++) {
            live.check();
        }

        assertThat(reloads).hasValue(2);
    }

    @Test
    void aFailedReadIsTriedAgainAndMissesNoChange() {
        stamps.addAll(java.util.List.of("7/2/2/40", new IllegalStateException("server unreachable"), "9/2/2/40"));

        for (int i = 0; i < 3; i++) {
            live.check();
        }

        assertThat(reloads).hasValue(1);
    }

    @Test
    void theWindowsOwnSaveDoesNotReloadButAnotherOfficersChangeStill(@org.junit.jupiter.api.io.TempDir
                                                                     java.nio.file.Path dir) {
        try (var store = new org.commitmentstracker.store.StoreFixture(dir)) {
            long mine = firstCommitmentOfANewStatement(store, "Text");
            long other = firstCommitmentOfANewStatement(store, "Other text");
            var commitments = store.services.commitments();
            AtomicInteger reloadsHere = new AtomicInteger();
            LiveUpdates window = lanNguyensWindow(commitments, reloadsHere);
            window.check();

            // Saved in this window, which shows it already.
            saveHere(window, commitments, mine, Status.NOT_STARTED, Status.IN_PROGRESS);
            window.check();
            assertThat(reloadsHere).hasValue(0);

            // In the same interval: this window's save, and another officer's on the same commitment.
            saveHere(window, commitments, mine, Status.IN_PROGRESS, Status.AT_RISK);
            commitments.changeStatus(mine, Status.AT_RISK, Status.COMPLETED, "binh.tran");
            window.check();
            assertThat(reloadsHere).hasValue(1);

            // Another officer's change of another commitment, beside one's own save.
            commitments.changeStatus(other, Status.NOT_STARTED, Status.IN_PROGRESS, "lan.nguyen");
            saveHere(window, commitments, mine, Status.COMPLETED, Status.IN_PROGRESS);
            window.check();
            assertThat(reloadsHere).hasValue(2);

            // Only one's own again: no reload; nothing moved: none.
            saveHere(window, commitments, mine, Status.IN_PROGRESS, Status.AT_RISK);
            window.check();
            window.check();
            assertThat(reloadsHere).hasValue(2);
        }
    }

    @Test
    void aLookBetweenASavesCommitAndItsEndTakesItAsTheWindowsOwn(@org.junit.jupiter.api.io.TempDir
                                                                 java.nio.file.Path dir) {
        try (var store = new org.commitmentstracker.store.StoreFixture(dir)) {
            long mine = firstCommitmentOfANewStatement(store, "Text");
            var commitments = store.services.commitments();
            AtomicInteger reloadsHere = new AtomicInteger();
            LiveUpdates window = lanNguyensWindow(commitments, reloadsHere);
            window.check();

            // Stored, but the window has not yet heard that the save ended.
            window.saving(mine);
            commitments.changeStatus(mine, Status.NOT_STARTED, Status.IN_PROGRESS, "lan.nguyen");
            window.check();
            window.wrote(mine);
            window.check();
            assertThat(reloadsHere).hasValue(0);

            // Looked before the commit, and again after the end: still the window's own.
            window.saving(mine);
            window.check();
            commitments.changeStatus(mine, Status.IN_PROGRESS, Status.AT_RISK, "lan.nguyen");
            window.wrote(mine);
            window.check();
            assertThat(reloadsHere).hasValue(0);

            // Another officer's change while a save of this window is under way still reloads.
            window.saving(mine);
            commitments.changeStatus(mine, Status.AT_RISK, Status.COMPLETED, "binh.tran");
            window.check();
            window.wrote(mine);
            assertThat(reloadsHere).hasValue(1);
        }
    }

    @Test
    void theWindowsOwnWordOnARepeatDoesNotReloadButAnotherOfficersStill(@org.junit.jupiter.api.io.TempDir
                                                                       java.nio.file.Path dir) {
        try (var store = new org.commitmentstracker.store.StoreFixture(dir)) {
            long earlier = firstCommitmentOfANewStatement(store, "Text");
            long later = firstCommitmentOfANewStatement(store, "Other text");
            var repeats = store.services.repeats();
            AtomicInteger reloadsHere = new AtomicInteger();
            LiveUpdates window = lanNguyensWindow(store.services.commitments(), reloadsHere);
            window.check();

            window.saving(later);
            repeats.judge(later, earlier, true, "lan.nguyen");
            window.wrote(later);
            window.check();
            assertThat(reloadsHere).hasValue(0);

            repeats.judge(later, earlier, false, "minh.tran");
            window.check();
            assertThat(reloadsHere).hasValue(1);
        }
    }

    /** The commitment (ref 2) of a small statement imported into {@code store}, the agencies loaded first. */
    private static long firstCommitmentOfANewStatement(org.commitmentstracker.store.StoreFixture store, String text) {
        new org.commitmentstracker.store.BundledAgencies(store.agencies).loadIfEmpty();
        long statement = store.statements.insert(org.commitmentstracker.store.StoreFixture
                .smallStatement(text, "MOIT")).orElseThrow();
        return store.commitments.idsByRef(statement).get("2");
    }

    /** The live updates of a window whose officer is lan.nguyen. */
    private static LiveUpdates lanNguyensWindow(org.commitmentstracker.service.CommitmentService commitments,
                                                AtomicInteger reloads) {
        return new LiveUpdates(commitments::changeStamp,
                (since, now, own) -> commitments.movedOnlyBy(since, now, own, "lan.nguyen"), Runnable::run,
                reloads::incrementAndGet);
    }

    /** A save in the window: stored, then told to the live updates as the window's own. */
    private static void saveHere(LiveUpdates window, org.commitmentstracker.service.CommitmentService commitments,
                                 long id, Status from, Status to) {
        commitments.changeStatus(id, from, to, "lan.nguyen");
        window.wrote(id);
    }
}
