package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.AGENCY;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT_CO_OWNER;
import static org.commitmentstracker.store.jooq.Tables.HISTORY;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.UNIT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.CommitmentAsOf;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.PeriodChange;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.jooq.tables.History;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * What reports read: every commitment as it stood at a past moment, rebuilt from the current
 * state by undoing, newest first, the changes recorded after that moment; and the changes made
 * within a period. Rows are streamed, never all held at once.
 */
public final class ReportQueries {
    private static final List<String> TRACKED = List.of(HistoryField.STATUS.name(), HistoryField.OWNER.name(),
            HistoryField.DEADLINE.name(), HistoryField.CO_OWNERS.name());

    private final DSLContext dsl;

    public ReportQueries(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * Streams every commitment of a statement made by {@code lastDay} (or, without a date,
     * imported by {@code asOf}) as it stood at {@code asOf}, in statement then source order. A
     * statement imported later still counts for the days after it was signed; before its
     * import its commitments stand as they were imported.
     *
     * @param asOf    the end of {@code lastDay}
     */
    public void forEachAsOf(Instant asOf, LocalDate lastDay, Consumer<CommitmentAsOf> each) {
        String at = StoreValues.instant(asOf);
        Map<Long, List<String>> partners = StatementPartners.byStatement(dsl);
        Map<Long, Agency> agencies = new HashMap<>();
        dsl.selectFrom(AGENCY).forEach(r -> agencies.put(r.getId(),
                new Agency(r.getId(), r.getCode(), r.getNameVi(), r.getNameEn())));
        Map<Long, List<Long>> coOwners = new HashMap<>();
        dsl.selectFrom(COMMITMENT_CO_OWNER).orderBy(COMMITMENT_CO_OWNER.AGENCY_ID)
                .forEach(r -> coOwners.computeIfAbsent(r.getCommitmentId(), k -> new ArrayList<>()).add(r.getAgencyId()));
        Map<Long, List<Undo>> later = changesAfter(at);

        History progress = HISTORY.as("latest_progress");
        History any = HISTORY.as("any_change");
        Field<String> lastChange = DSL.field(DSL.select(DSL.max(any.CHANGED_AT)).from(any)
                .where(any.COMMITMENT_ID.eq(COMMITMENT.ID)).and(any.CHANGED_AT.le(at)));
        try (Stream<? extends Record> rows = dsl.select(COMMITMENT.ID, COMMITMENT.CREATED_AT, STATEMENT.ID,
                        STATEMENT.TITLE, STATEMENT.STATEMENT_DATE, UNIT.REF, UNIT.TEXT, COMMITMENT.SECTOR,
                        COMMITMENT.OWNER_AGENCY_ID, COMMITMENT.ACTOR, COMMITMENT.STATUS, COMMITMENT.DEADLINE,
                        progress.COMMENT, progress.CHANGED_AT, lastChange)
                .from(COMMITMENT)
                .join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID))
                .join(STATEMENT).on(STATEMENT.ID.eq(UNIT.STATEMENT_ID))
                .leftJoin(progress).on(progress.ID.eq(DSL.field(DSL.select(DSL.max(HISTORY.ID)).from(HISTORY)
                        .where(HISTORY.COMMITMENT_ID.eq(COMMITMENT.ID))
                        .and(HISTORY.FIELD.eq(HistoryField.PROGRESS.name()))
                        .and(HISTORY.CHANGED_AT.le(at)))))
                .where(STATEMENT.STATEMENT_DATE.le(StoreValues.date(lastDay))
                        .or(STATEMENT.STATEMENT_DATE.isNull().and(COMMITMENT.CREATED_AT.le(at))))
                .and(reported())
                .orderBy(STATEMENT.STATEMENT_DATE.desc().nullsLast(), STATEMENT.ID, UNIT.ORDINAL)
                .fetchSize(500)
                .stream()) {
            rows.forEach(r -> {
                long id = r.get(COMMITMENT.ID);
                State state = new State(r.get(COMMITMENT.STATUS), r.get(COMMITMENT.OWNER_AGENCY_ID),
                        r.get(COMMITMENT.DEADLINE), coOwners.getOrDefault(id, List.of()));
                later.getOrDefault(id, List.of()).forEach(undo -> undo.applyTo(state));
                String changedAt = r.get(lastChange) != null ? r.get(lastChange) : r.get(COMMITMENT.CREATED_AT);
                each.accept(new CommitmentAsOf(id, r.get(STATEMENT.ID), r.get(STATEMENT.TITLE),
                        StoreValues.date(r.get(STATEMENT.STATEMENT_DATE)),
                        partners.getOrDefault(r.get(STATEMENT.ID), List.of()), r.get(UNIT.REF), r.get(UNIT.TEXT),
                        Sector.fromCode(r.get(COMMITMENT.SECTOR)).orElse(null),
                        state.owner == null ? null : agencies.get(state.owner),
                        state.coOwners.stream().map(agencies::get).filter(a -> a != null).toList(),
                        r.get(COMMITMENT.ACTOR), Status.valueOf(state.status), StoreValues.date(state.deadline),
                        r.get(progress.COMMENT), StoreValues.instant(r.get(progress.CHANGED_AT)),
                        StoreValues.instant(changedAt)));
            });
        }
    }

    /** The commitments that repeat one of an earlier statement of the same partner (links of V11). */
    public Set<Long> repeating() {
        return new HashSet<>(dsl.selectDistinct(org.commitmentstracker.store.jooq.Tables.COMMITMENT_REPEAT.COMMITMENT_ID)
                .from(org.commitmentstracker.store.jooq.Tables.COMMITMENT_REPEAT)
                .fetch(org.commitmentstracker.store.jooq.Tables.COMMITMENT_REPEAT.COMMITMENT_ID));
    }

    /** The commitments whose status was set to {@code status} within [from, to). */
    public Set<Long> statusSetBetween(Status status, Instant from, Instant to) {
        return new HashSet<>(dsl.selectDistinct(HISTORY.COMMITMENT_ID).from(HISTORY)
                .where(HISTORY.FIELD.eq(HistoryField.STATUS.name()))
                .and(HISTORY.NEW_VALUE.eq(status.name()))
                .and(HISTORY.CHANGED_AT.ge(StoreValues.instant(from)))
                .and(HISTORY.CHANGED_AT.lt(StoreValues.instant(to)))
                .fetch(HISTORY.COMMITMENT_ID));
    }

    /** Streams the status changes and progress notes made within [from, to), oldest first. */
    public void forEachChangeBetween(Instant from, Instant to, Consumer<PeriodChange> each) {
        Map<Long, List<String>> partners = StatementPartners.byStatement(dsl);
        try (Stream<? extends Record> rows = dsl.select(HISTORY.CHANGED_AT, HISTORY.AUTHOR, HISTORY.COMMITMENT_ID,
                        HISTORY.FIELD, HISTORY.OLD_VALUE, HISTORY.NEW_VALUE, HISTORY.COMMENT, HISTORY.EVIDENCE_LINK,
                        STATEMENT.ID, STATEMENT.TITLE, UNIT.REF)
                .from(HISTORY)
                .join(COMMITMENT).on(COMMITMENT.ID.eq(HISTORY.COMMITMENT_ID))
                .join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID))
                .join(STATEMENT).on(STATEMENT.ID.eq(UNIT.STATEMENT_ID))
                .where(HISTORY.FIELD.in(HistoryField.STATUS.name(), HistoryField.PROGRESS.name()))
                .and(HISTORY.CHANGED_AT.ge(StoreValues.instant(from)))
                .and(HISTORY.CHANGED_AT.lt(StoreValues.instant(to)))
                .and(reported())
                .orderBy(HISTORY.CHANGED_AT, HISTORY.ID)
                .fetchSize(500)
                .stream()) {
            rows.forEach(r -> each.accept(new PeriodChange(StoreValues.instant(r.get(HISTORY.CHANGED_AT)),
                    r.get(HISTORY.AUTHOR), r.get(HISTORY.COMMITMENT_ID), r.get(STATEMENT.TITLE),
                    String.join(", ", partners.getOrDefault(r.get(STATEMENT.ID), List.of())), r.get(UNIT.REF),
                    HistoryField.valueOf(r.get(HISTORY.FIELD)), r.get(HISTORY.OLD_VALUE), r.get(HISTORY.NEW_VALUE),
                    r.get(HISTORY.COMMENT), r.get(HISTORY.EVIDENCE_LINK))));
        }
    }

    /**
     * The statements reports and update forms read: the sample workspace's are left out as soon
     * as the workspace holds a statement of its own (a workspace of the sample only reports on it).
     */
    private Condition reported() {
        return dsl.fetchExists(STATEMENT, STATEMENT.IS_SAMPLE.eq(0)) ? STATEMENT.IS_SAMPLE.eq(0) : DSL.trueCondition();
    }

    /** The changes of status, owner, deadline and co-owners after {@code at}, newest first per commitment. */
    private Map<Long, List<Undo>> changesAfter(String at) {
        Map<Long, List<Undo>> later = new HashMap<>();
        dsl.select(HISTORY.COMMITMENT_ID, HISTORY.FIELD, HISTORY.OLD_VALUE)
                .from(HISTORY)
                .where(HISTORY.CHANGED_AT.gt(at))
                .and(HISTORY.FIELD.in(TRACKED))
                .orderBy(HISTORY.COMMITMENT_ID, HISTORY.CHANGED_AT.desc(), HISTORY.ID.desc())
                .forEach(r -> later.computeIfAbsent(r.get(HISTORY.COMMITMENT_ID), k -> new ArrayList<>())
                        .add(new Undo(HistoryField.valueOf(r.get(HISTORY.FIELD)), r.get(HISTORY.OLD_VALUE))));
        return later;
    }

    /** A commitment's tracked fields while they are being wound back. */
    private static final class State {
        String status;
        Long owner;
        String deadline;
        List<Long> coOwners;

        State(String status, Long owner, String deadline, List<Long> coOwners) {
            this.status = status;
            this.owner = owner;
            this.deadline = deadline;
            this.coOwners = coOwners;
        }
    }

    /** One later change, undone by putting its old value back. */
    private record Undo(HistoryField field, String oldValue) {
        void applyTo(State state) {
            switch (field) {
                case STATUS -> state.status = oldValue;
                case OWNER -> state.owner = oldValue == null ? null : Long.parseLong(oldValue);
                case DEADLINE -> state.deadline = oldValue;
                case CO_OWNERS -> state.coOwners = oldValue == null || oldValue.isBlank() ? List.of()
                        : Arrays.stream(oldValue.split(",")).map(Long::parseLong).toList();
                default -> {
                }
            }
        }
    }
}
