package org.commitmentstracker.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.commitmentstracker.model.CommitmentOverview;

/**
 * What changed while the officer was away: at each start of the window, the commitments that became overdue
 * and those that came to fall due within {@value #DAYS} days since the last start; this start is remembered
 * for the next (in the officer's settings of this workspace, so each officer of a team workspace has their own).
 *
 * <p>Became overdue: still open, with a deadline on or after the last start's day and before today (not
 * overdue then, overdue now). Came to fall due: still open, due between today and {@value #DAYS} days on, and
 * not yet within {@value #DAYS} days of the last start's day. At the very first start nothing is told: nothing
 * "changed while away" yet, and the dashboard (which opens first when something is overdue) already shows
 * the current situation.
 */
public final class SinceLastStart {
    /** How far ahead "falls due soon" looks. */
    public static final int DAYS = 14;

    private final Supplier<List<CommitmentOverview>> commitments;
    private final SettingsService settings;
    private final Clock clock;

    SinceLastStart(Supplier<List<CommitmentOverview>> commitments, SettingsService settings, Clock clock) {
        this.commitments = commitments;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What changed since the last start; at the first, {@code lastStart} is null and both lists are empty.
     *
     * @param becameOverdue ids of the commitments that became overdue, by deadline
     * @param dueSoon       ids of those that came to fall due within {@link #DAYS} days, by deadline
     */
    public record Changes(Instant lastStart, List<Long> becameOverdue, List<Long> dueSoon) {
        public Changes {
            becameOverdue = List.copyOf(becameOverdue);
            dueSoon = List.copyOf(dueSoon);
        }

        public boolean isEmpty() {
            return becameOverdue.isEmpty() && dueSoon.isEmpty();
        }
    }

    /** Works out what changed since the last start, then remembers now as the last start. Reads the store: off the UI thread. */
    public Changes startNow() {
        return startNow(commitments);
    }

    /**
     * As {@link #startNow()}, judging the commitments {@code rows} gives (the window's, read once at start for all
     * its first loads) rather than reading them again.
     */
    public Changes startNow(Supplier<List<CommitmentOverview>> rows) {
        Optional<Instant> last = settings.lastStart();
        Instant now = clock.instant();
        Changes changes = last.filter(at -> at.isBefore(now)).map(at -> since(rows.get(), at, now))
                .orElse(new Changes(last.orElse(null), List.of(), List.of()));
        settings.setLastStart(now);
        return changes;
    }

    /** What changed between {@code lastStart} and {@code now}, by the commitments as they stand now. */
    Changes since(Instant lastStart, Instant now) {
        return since(commitments.get(), lastStart, now);
    }

    private Changes since(List<CommitmentOverview> rows, Instant lastStart, Instant now) {
        LocalDate then = LocalDate.ofInstant(lastStart, clock.getZone());
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<CommitmentOverview> open = rows.stream()
                .filter(c -> c.deadline() != null && !c.status().isClosed())
                .sorted(java.util.Comparator.comparing(CommitmentOverview::deadline)
                        .thenComparingLong(CommitmentOverview::commitmentId))
                .toList();
        List<Long> overdue = open.stream()
                .filter(c -> !c.deadline().isBefore(then) && c.deadline().isBefore(today))
                .map(CommitmentOverview::commitmentId).toList();
        List<Long> dueSoon = open.stream()
                .filter(c -> !c.deadline().isBefore(today) && !c.deadline().isAfter(today.plusDays(DAYS))
                        && c.deadline().isAfter(then.plusDays(DAYS)))
                .map(CommitmentOverview::commitmentId).toList();
        return new Changes(lastStart, overdue, dueSoon);
    }
}
