package org.commitmentstracker.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT;
import static org.commitmentstracker.store.jooq.Tables.HISTORY;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.commitmentstracker.model.Commitment;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.service.CommitmentService;
import org.commitmentstracker.service.EditClashException;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.AgencyRepository;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.Database;
import org.commitmentstracker.store.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * The team workspace under load: 20 officers, each on connections of their own and a thread of
 * their own, edit random commitments of a 10,000-commitment workspace on PostgreSQL for 60 s from
 * when they start signing in ({@code -Dload.seconds=N} to change), each edit compared-and-set against the value the officer
 * had read. Half the edits go to 40 "hot" commitments so that officers really clash. Then:
 * every acknowledged change is in the history (and nothing else is), every clash named a value
 * other than the one the officer had read, and no change was overwritten: per commitment and
 * field, each history entry's old value is the previous entry's new value, the first starts from
 * the value before the run and the last is what the commitment holds.
 */
class TeamLoadTest {
    static final int OFFICERS = 20;
    static final int COMMITMENTS = 10_000;
    static final int HOT = 40;
    static final List<HistoryField> FIELDS = List.of(HistoryField.STATUS, HistoryField.DEADLINE,
            HistoryField.NEXT_STEP);

    /** One change an officer tried: the value they had read and the one they wrote. */
    record Attempt(long id, HistoryField field, String seen, String wanted) {
    }

    record Clash(Attempt attempt, String theirs) {
    }

    final ConcurrentLinkedQueue<Attempt> acknowledged = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Clash> clashes = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Attempt> notes = new ConcurrentLinkedQueue<>();

    @Test
    void twentyOfficersEditingAtOnceLoseNothingAndEveryClashIsTold() throws Exception {
        long started = System.nanoTime();
        String url = TestPostgres.newDatabase("load");
        List<Long> ids;
        Map<String, String> before;
        long historyBefore;
        try (Database setup = Database.openServer(url, "postgres", null)) {
            ids = fill(setup);
            before = values(setup);
            historyBefore = Objects.requireNonNullElse(
                    setup.dsl().select(org.jooq.impl.DSL.max(HISTORY.ID)).from(HISTORY).fetchOne().value1(), 0L);
        }
        System.out.printf("load: %d commitments ready in %d ms%n", ids.size(), (System.nanoTime() - started) / 1_000_000);

        Duration run = Duration.ofSeconds(Long.getLong("load.seconds", 60));
        ExecutorService officers = Executors.newFixedThreadPool(OFFICERS);
        // The 60 s start as the officers sign in (each on a pool of connections of their own):
        // the first edit while the last ones are still opening the workspace, as in an office.
        long end = System.nanoTime() + run.toNanos();
        List<Future<Integer>> done = new ArrayList<>();
        for (int o = 0; o < OFFICERS; o++) {
            int officer = o;
            done.add(officers.submit(() -> edit(url, officer, ids, end)));
        }
        int tries = 0;
        for (Future<Integer> f : done) {
            tries += f.get(run.toSeconds() + 60, TimeUnit.SECONDS);
        }
        officers.shutdown();

        try (Database reader = Database.openServer(url, "postgres", null)) {
            var entries = reader.dsl().selectFrom(HISTORY).where(HISTORY.ID.gt(historyBefore)).orderBy(HISTORY.ID)
                    .fetch();
            // Every acknowledged change is in the history, and the history holds no other change.
            Map<Attempt, Integer> written = new HashMap<>();
            int progress = 0;
            for (var h : entries) {
                if (HistoryField.PROGRESS.name().equals(h.getField())) {
                    progress++;
                } else {
                    written.merge(new Attempt(h.getCommitmentId(), HistoryField.valueOf(h.getField()),
                            h.getOldValue(), h.getNewValue()), 1, Integer::sum);
                }
            }
            Map<Attempt, Integer> acked = new HashMap<>();
            acknowledged.forEach(a -> acked.merge(a, 1, Integer::sum));
            assertThat(written).as("history = acknowledged changes").isEqualTo(acked);
            assertThat(progress).as("progress notes, appended without clashes").isEqualTo(notes.size());
            // Every clash was real: the field held something else than what the officer had read.
            assertThat(clashes).allSatisfy(c -> assertThat(c.theirs()).isNotEqualTo(c.attempt().seen()));
            // None overwritten: per commitment and field the history is one unbroken chain.
            Map<String, String> chainEnd = new HashMap<>();
            for (var h : entries) {
                if (HistoryField.PROGRESS.name().equals(h.getField())) {
                    continue;
                }
                String key = h.getCommitmentId() + "/" + h.getField();
                String previous = chainEnd.containsKey(key) ? chainEnd.get(key) : before.get(key);
                assertThat(h.getOldValue()).as("entry %d of %s starts where the one before it ended", h.getId(), key)
                        .isEqualTo(previous);
                chainEnd.put(key, h.getNewValue());
            }
            Map<String, String> after = values(reader);
            chainEnd.forEach((key, last) -> assertThat(after.get(key)).as("%s holds its last change", key)
                    .isEqualTo(last));
            System.out.printf("load: %d officers, %d s, %d edits tried, %d saved, %d clashes told, %d notes;"
                    + " all checked %d s after the start%n", OFFICERS, run.toSeconds(), tries, acknowledged.size(),
                    clashes.size(), notes.size(), (System.nanoTime() - started) / 1_000_000_000);
            assertThat(acknowledged).hasSizeGreaterThan(OFFICERS);
            assertThat(clashes).as("officers did meet on the hot commitments").isNotEmpty();
        }
    }

    /** One officer: read a commitment, think a little, change one field from what was read; returns the tries. */
    private int edit(String url, int officer, List<Long> ids, long end) throws Exception {
        String name = "officer-" + officer;
        Random random = new Random(officer);
        int tries = 0;
        try (WorkspaceServices own = WorkspaceServices.openServer(url, "postgres", null, Clock.systemUTC(),
                Locale.ENGLISH, name)) {
            CommitmentService commitments = own.commitments();
            while (System.nanoTime() < end) {
                long id = random.nextBoolean() ? ids.get(random.nextInt(HOT)) : ids.get(random.nextInt(ids.size()));
                Commitment seen = commitments.load(id).commitment();
                Thread.sleep(random.nextInt(20));
                tries++;
                int what = random.nextInt(10);
                if (what == 0) {
                    String note = name + " note " + tries;
                    commitments.addProgress(id, note, name, null, null);
                    notes.add(new Attempt(id, HistoryField.PROGRESS, null, note));
                    continue;
                }
                Attempt attempt;
                java.util.function.BooleanSupplier write;
                if (what < 4) {
                    Status next = Status.values()[(seen.status().ordinal() + 1 + random.nextInt(5)) % 6];
                    attempt = new Attempt(id, HistoryField.STATUS, seen.status().name(), next.name());
                    write = () -> commitments.changeStatus(id, seen.status(), next, name);
                } else if (what < 7) {
                    LocalDate next = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(1000));
                    if (next.equals(seen.deadline())) {
                        continue;
                    }
                    attempt = new Attempt(id, HistoryField.DEADLINE, iso(seen.deadline()), next.toString());
                    write = () -> commitments.changeDeadline(id, seen.deadline(), next, name);
                } else {
                    String next = name + " step " + tries;
                    attempt = new Attempt(id, HistoryField.NEXT_STEP, seen.nextStep(), next);
                    write = () -> commitments.changeNextStep(id, seen.nextStep(), next, name);
                }
                try {
                    if (!write.getAsBoolean()) {
                        // Another officer had set the very same value: nothing to write, nothing lost.
                        continue;
                    }
                } catch (EditClashException e) {
                    assertThat(e.field()).isEqualTo(attempt.field());
                    assertThat(e.mine()).isEqualTo(attempt.wanted());
                    clashes.add(new Clash(attempt, e.theirs()));
                    continue;
                }
                acknowledged.add(attempt);
            }
        }
        return tries;
    }

    /**
     * 200 statements of 50 commitments each, made by the server itself in four INSERT ... SELECT
     * (a second, where importing them one by one takes ten); the commitments' ids.
     */
    private static List<Long> fill(Database database) {
        new BundledAgencies(new AgencyRepository(database)).loadIfEmpty();
        var sql = database.dsl();
        sql.execute("INSERT INTO statement (title, statement_date, language, content_hash, original_text, imported_at)"
                + " SELECT 'Joint Statement No. ' || s, '2025-01-01', 'en', 'load-' || s, 'Synthetic statement ' || s,"
                + " '2025-01-01T00:00:00Z' FROM generate_series(1, " + COMMITMENTS / 50 + ") s");
        sql.execute("INSERT INTO statement_partner (statement_id, position, partner)"
                + " SELECT id, 0, (ARRAY['Chile', 'Peru', 'Hungary', 'Kazakhstan', 'Mongolia'])[1 + id % 5] FROM statement");
        sql.execute("INSERT INTO unit (statement_id, ordinal, ref, kind, text, cue)"
                + " SELECT st.id, u, (u + 1)::text, 'COMMITMENT', 'The two sides agreed to cooperate on matter ' || u"
                + " || ' of statement ' || st.id || '.', 'agreed to' FROM statement st, generate_series(0, 49) u");
        sql.execute("INSERT INTO commitment (unit_id, owner_agency_id, deadline, created_at, updated_at)"
                + " SELECT u.id, (SELECT min(id) FROM agency), '2026-12-31', '2025-01-01T00:00:00Z',"
                + " '2025-01-01T00:00:00Z' FROM unit u");
        return sql.select(COMMITMENT.ID).from(COMMITMENT).orderBy(COMMITMENT.ID).fetch(COMMITMENT.ID);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Each commitment's status, deadline and next step as the history writes them, by "id/FIELD". */
    private static Map<String, String> values(Database reader) {
        Map<String, String> values = new HashMap<>();
        reader.dsl().select(COMMITMENT.ID, COMMITMENT.STATUS, COMMITMENT.DEADLINE, COMMITMENT.NEXT_STEP)
                .from(COMMITMENT).forEach(r -> {
                    values.put(r.value1() + "/STATUS", r.value2());
                    values.put(r.value1() + "/DEADLINE", r.value3());
                    values.put(r.value1() + "/NEXT_STEP", r.value4());
                });
        return values;
    }
}
