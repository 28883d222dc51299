package org.commitmentstracker.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commitmentstracker.extract.repeat.RepeatMatcher;
import org.commitmentstracker.model.RepeatedCommitment;
import org.commitmentstracker.store.RepeatRepository;
import org.commitmentstracker.store.RepeatRepository.Candidate;

/**
 * Commitments remembered across visits: links each commitment to the earlier commitments of the same
 * partner it repeats (statements dated before its own, or imported before when a date is missing), in the
 * same language, found by {@link RepeatMatcher}. Done for the statements of each import, and for the whole
 * workspace by {@code find-repeats}.
 */
public final class RepeatService {
    private final RepeatRepository repeats;
    private final java.time.Clock clock;

    RepeatService(RepeatRepository repeats, java.time.Clock clock) {
        this.repeats = repeats;
        this.clock = clock;
    }

    /**
     * Finds the repeats after these statements came in: among their commitments, and among those of the same
     * partners' statements, which may come after them (a statement of 2025 imported after one of 2026). Gives
     * how many links there are now.
     */
    public int link(Collection<Long> statementIds) {
        if (statementIds.isEmpty()) {
            return repeats.count();
        }
        Set<String> partners = repeats.partnersOf(statementIds);
        if (partners.isEmpty()) {
            return repeats.count();
        }
        // The same partners' commitments only. Looked at again: those of the imported statements, and those of
        // the partners' statements that come after one of them (a statement of 2025 imported after one of 2026).
        Set<Long> wanted = new HashSet<>(statementIds);
        List<Candidate> all = repeats.candidatesOf(partners);
        Map<Long, Candidate> statements = new HashMap<>();
        all.forEach(c -> statements.putIfAbsent(c.statementId(), c));
        List<Candidate> imported = statements.values().stream().filter(c -> wanted.contains(c.statementId())).toList();
        Set<Long> again = new HashSet<>(wanted);
        statements.values().stream().filter(c -> imported.stream().anyMatch(i -> i.before(c)))
                .forEach(c -> again.add(c.statementId()));
        List<Candidate> later = all.stream().filter(c -> again.contains(c.statementId())).toList();
        repeats.replace(later.stream().map(Candidate::commitmentId).toList(), find(all, later));
        return repeats.count();
    }

    /** Finds the repeats of the whole workspace again, replacing every link; gives how many links there are. */
    public int relinkAll() {
        List<Candidate> all = repeats.candidates();
        repeats.replaceAll(find(all, all));
        return repeats.count();
    }

    /** For each commitment that repeats earlier ones, their ids. */
    public Map<Long, List<Long>> all() {
        return repeats.all();
    }

    /** For each of these statements that has some, how many of its commitments repeat an earlier one. */
    public Map<Long, Long> repeatingByStatement(Collection<Long> statementIds) {
        return repeats.repeatingByStatement(statementIds);
    }

    /** The ids of the commitments that repeat an earlier one. */
    public Set<Long> repeating() {
        return repeats.repeating();
    }

    /**
     * Records an officer's word that {@code laterId} repeats {@code earlierId} ({@code same}: they are linked) or
     * does not (a link the rule made is taken away); finding repeats again keeps to the last word said.
     *
     * @throws IllegalArgumentException when {@code earlierId} is not an earlier commitment of a partner of
     *                                  {@code laterId}'s statement, in its language
     */
    public void judge(long laterId, long earlierId, boolean same, String author) {
        List<Candidate> alongside = repeats.candidatesAlongside(laterId);
        Candidate later = byId(alongside, laterId);
        Candidate earlier = byId(alongside, earlierId);
        if (later == null || earlier == null || !earlier.language().equals(later.language()) || !earlier.before(later)) {
            throw new IllegalArgumentException("Commitment " + earlierId + " is not an earlier commitment of the same "
                    + "partner as commitment " + laterId + ": only those can be said to repeat.");
        }
        repeats.judge(laterId, earlierId, same, author, clock.instant());
    }

    /** The earlier commitments one repeats, with their status then and now. */
    public List<RepeatedCommitment> earlierOf(long commitmentId) {
        return repeats.earlierOf(commitmentId);
    }

    /**
     * The earlier commitments of the same partner that {@code commitmentId} may repeat, for the officer to judge:
     * those the rule finds alike but not enough to link ({@link RepeatMatcher#possibleRepeatsOf}), not linked
     * already, oldest statement first, each with its status then and now. Looked for when asked: it indexes the
     * partner's commitments again.
     */
    public List<RepeatedCommitment> possibleRepeatsOf(long commitmentId) {
        List<Candidate> alongside = repeats.candidatesAlongside(commitmentId);
        Candidate self = byId(alongside, commitmentId);
        if (self == null) {
            return List.of();
        }
        Map<Long, Candidate> byId = new HashMap<>();
        alongside.forEach(c -> byId.put(c.commitmentId(), c));
        // Linked already, or said by an officer not to be the same: not looked for (the latter are offered below).
        Set<Long> saidNotSame = repeats.judgedNotSame(commitmentId);
        Set<Long> linked = new HashSet<>(saidNotSame);
        repeats.earlierOf(commitmentId).forEach(r -> linked.add(r.earlierId()));
        Set<Long> possible = new java.util.LinkedHashSet<>();
        for (String partner : self.partners()) {
            List<RepeatMatcher.Text> texts = alongside.stream()
                    .filter(c -> c.language().equals(self.language()) && c.partners().contains(partner))
                    .map(c -> new RepeatMatcher.Text(c.commitmentId(), c.text())).toList();
            try (RepeatMatcher matcher = new RepeatMatcher(self.language(), texts)) {
                matcher.possibleRepeatsOf(new RepeatMatcher.Text(commitmentId, self.text()),
                                id -> byId.get(id).before(self) && !linked.contains(id))
                        .forEach(m -> possible.add(m.earlierId()));
            }
        }
        // Those an officer said are not the same are offered too, with who said so: a word can be taken back.
        possible.addAll(saidNotSame);
        return repeats.described(commitmentId, possible);
    }

    /** The candidate of this commitment among {@code candidates}, or null. */
    private static Candidate byId(List<Candidate> candidates, long commitmentId) {
        return candidates.stream().filter(c -> c.commitmentId() == commitmentId).findFirst().orElse(null);
    }

    /** The links {later, earlier} within one partner's commitments in one language, of those asked about. */
    private static List<List<Long>> linksIn(List<Candidate> group, Set<Long> laterIds) {
        List<List<Long>> links = new ArrayList<>();
        List<Candidate> asked = group.stream().filter(c -> laterIds.contains(c.commitmentId())).toList();
        if (asked.isEmpty() || group.size() < 2) {
            return links;
        }
        Map<Long, Candidate> byId = new HashMap<>();
        group.forEach(c -> byId.put(c.commitmentId(), c));
        List<RepeatMatcher.Text> texts = group.stream()
                .map(c -> new RepeatMatcher.Text(c.commitmentId(), c.text())).toList();
        try (RepeatMatcher matcher = new RepeatMatcher(group.get(0).language(), texts)) {
            for (Candidate c : asked) {
                matcher.repeatsOf(new RepeatMatcher.Text(c.commitmentId(), c.text()), id -> byId.get(id).before(c))
                        .forEach(m -> links.add(List.of(m.laterId(), m.earlierId())));
            }
        }
        return links;
    }

    /**
     * The links {later, earlier} of {@code later}'s commitments to earlier ones among {@code all}, each given as it is
     * found: the partners' groups are matched on every core while the calling thread writes the links found.
     */
    private static RepeatRepository.LinkSource find(List<Candidate> all, List<Candidate> later) {
        return link -> find(all, later, link);
    }

    private static void find(List<Candidate> all, List<Candidate> later, java.util.function.Consumer<long[]> link) {
        Set<Long> laterIds = new HashSet<>();
        later.forEach(c -> laterIds.add(c.commitmentId()));
        List<List<Candidate>> groups = groupsLargestFirst(all);
        java.util.concurrent.ExecutorService pool = CorePools.onEveryCore("repeat-finder");
        try {
            java.util.concurrent.CompletionService<List<List<Long>>> found =
                    new java.util.concurrent.ExecutorCompletionService<>(pool);
            groups.forEach(group -> found.submit(() -> linksIn(group, laterIds)));
            // A commitment of two partners is in two groups: its links are given once.
            Set<List<Long>> given = new HashSet<>();
            for (int i = 0; i < groups.size(); i++) {
                next(found).stream().filter(given::add).forEach(l -> link.accept(new long[] {l.get(0), l.get(1)}));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One group per partner and language, over all of that partner's commitments (its weights are those of the
     * partner's own wording), the largest first: the last to end are then small ones and no core waits long.
     */
    private static List<List<Candidate>> groupsLargestFirst(List<Candidate> all) {
        Map<String, List<Candidate>> byGroup = new HashMap<>();
        for (Candidate c : all) {
            for (String partner : c.partners()) {
                byGroup.computeIfAbsent(partner + '\u0000' + c.language(), k -> new ArrayList<>()).add(c);
            }
        }
        List<List<Candidate>> groups = new ArrayList<>(byGroup.values());
        groups.sort(java.util.Comparator.comparingInt((List<Candidate> g) -> g.size()).reversed());
        return groups;
    }

    /** The links of the next group to end; its failure is thrown here. */
    private static List<List<Long>> next(java.util.concurrent.CompletionService<List<List<Long>>> found) {
        try {
            return found.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while finding repeats", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
