package org.commitmentstracker.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
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
}
