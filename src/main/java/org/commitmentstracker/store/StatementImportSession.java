package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.AGENCY;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT_PARTNER;
import static org.commitmentstracker.store.jooq.Tables.UNIT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commitmentstracker.model.CommitmentDraft;
import org.commitmentstracker.model.ImportPhases;
import org.commitmentstracker.model.ImportPhases.Phase;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UnitDraft;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Stores statements, each whole or not at all in a transaction of its own, on one connection
 * held for the length of an import, with its queries prepared once. Prepared per statement they
 * cost more than the rows: SQLite compiles the full-text trigger into every insert it prepares.
 * The queries are jOOQ's, rendered once for the workspace's database (SQLite or PostgreSQL);
 * the rows are bound straight to them. For one thread at a time.
 */
public final class StatementImportSession implements AutoCloseable {
    private final Database database;
    private final Clock clock;
    private final ImportPhases phases;
    private final Connection connection;
    private final List<PreparedStatement> prepared = new ArrayList<>();
    private final Sql byHash;
    private final Sql statement;
    private final Sql partner;
    private final Sql unit;
    private final Sql unitIds;
    private final Sql commitment;
    private final Sql agencies;
    private Map<String, Long> agencyIds;
    /** On SQLite: the store's checkpoints, made beside the import instead of by its commits. */
    private SqliteCheckpoints checkpoints;

    StatementImportSession(Database database, Clock clock, ImportPhases phases) {
        this.database = database;
        this.clock = clock;
        this.phases = phases;
        DSLContext dsl = database.dsl();
        try {
            this.connection = database.connection();
        } catch (SQLException e) {
            throw database.translated(e, null);
        }
        try {
            if (!database.onServer()) {
                checkpoints = SqliteCheckpoints.during(connection, database);
            }
            // Also how the new statement's id is read back: portable, where RETURNING and generated keys are not.
            byHash = prepare(dsl.select(STATEMENT.ID).from(STATEMENT)
                    .where(STATEMENT.CONTENT_HASH.eq(param(STATEMENT.CONTENT_HASH))));
            Field<?>[] statementColumns = {STATEMENT.TITLE, STATEMENT.STATEMENT_DATE, STATEMENT.PLACE,
                STATEMENT.LANGUAGE, STATEMENT.SOURCE, STATEMENT.RELATIONSHIP, STATEMENT.CONTENT_HASH,
                STATEMENT.ORIGINAL_TEXT, STATEMENT.IMPORTED_AT, STATEMENT.IS_SAMPLE};
            statement = prepare(dsl.insertInto(STATEMENT).columns(statementColumns).values(params(statementColumns)));
            partner = insert(dsl, STATEMENT_PARTNER, STATEMENT_PARTNER.STATEMENT_ID, STATEMENT_PARTNER.POSITION,
                    STATEMENT_PARTNER.PARTNER);
            unit = insert(dsl, UNIT, UNIT.STATEMENT_ID, UNIT.ORDINAL, UNIT.REF, UNIT.KIND, UNIT.SECTION, UNIT.TEXT,
                    UNIT.CUE);
            unitIds = prepare(dsl.select(UNIT.ORDINAL, UNIT.ID).from(UNIT)
                    .where(UNIT.STATEMENT_ID.eq(param(UNIT.STATEMENT_ID))));
            commitment = insert(dsl, COMMITMENT, COMMITMENT.UNIT_ID, COMMITMENT.SECTOR, COMMITMENT.OWNER_AGENCY_ID,
                    COMMITMENT.STATUS, COMMITMENT.DEADLINE, COMMITMENT.ACTOR, COMMITMENT.TARGET, COMMITMENT.CREATED_AT,
                    COMMITMENT.UPDATED_AT);
            agencies = prepare(dsl.select(AGENCY.CODE, AGENCY.ID).from(AGENCY));
        } catch (SQLException | RuntimeException e) {
            close();
            throw e instanceof SQLException failure ? database.translated(failure, null) : (RuntimeException) e;
        }
    }

    /**
     * Stores the statement, its partners, units and commitments in one transaction. The content
     * hash is computed here from the original text; the draft's own hash is not used.
     *
     * @param sample whether the statement is one of the sample workspace's
     * @return the new statement's id, or empty when a statement with the same content hash is
     *         already stored (nothing is added then)
     */
    public Optional<Long> insert(StatementDraft draft, boolean sample) {
        Statement s = draft.statement();
        ImportPhases.Mark mark = ImportPhases.mark();
        String hash = ContentHash.of(s.originalText());
        Sql running = byHash;
        try {
            connection.setAutoCommit(false);
            try {
                boolean known = idOf(hash) != null;
                mark = phases.add(Phase.DUPLICATE_CHECK, mark);
                if (known) {
                    connection.rollback();
                    return Optional.empty();
                }
                String now = StoreValues.instant(clock.instant());
                running = statement;
                statement.bind(s.title(), StoreValues.date(s.date()), s.place(), s.language(), s.source(),
                        s.relationship(), hash, s.originalText(), now, sample ? 1 : 0).executeUpdate();
                running = byHash;
                long statementId = idOf(hash);
                // Each kind of row in a method of its own: the JIT compiles each loop apart, and again apart when
                // one's assumptions fail, instead of the whole of this method each time.
                running = partner;
                insertPartners(statementId, s.partners());
                mark = phases.add(Phase.STATEMENT, mark);
                running = unit;
                insertUnits(statementId, draft.units());
                running = unitIds;
                Map<Integer, Long> ids = unitIds(statementId);
                mark = phases.add(Phase.UNITS, mark);
                running = commitment;
                insertCommitments(draft.units(), ids, now);
                mark = phases.add(Phase.COMMITMENTS, mark);
                running = null;
                connection.commit();
                phases.add(Phase.COMMIT, mark);
                return Optional.of(statementId);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw database.translated(e, running == null ? null : running.sql);
        }
    }

    private void insertPartners(long statementId, List<String> partners) throws SQLException {
        for (int i = 0; i < partners.size(); i++) {
            partner.bind(statementId, i, partners.get(i)).executeUpdate();
        }
    }

    private void insertUnits(long statementId, List<UnitDraft> units) throws SQLException {
        for (UnitDraft d : units) {
            StatementUnit u = d.unit();
            unit.bind(statementId, u.ordinal(), u.ref(), u.kind().name(), u.section(), u.text(), u.cue())
                    .executeUpdate();
        }
    }

    /** The ids of the statement's units, by their ordinal. */
    private Map<Integer, Long> unitIds(long statementId) throws SQLException {
        Map<Integer, Long> ids = new HashMap<>();
        try (ResultSet rs = unitIds.bind(statementId).executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getInt(1), rs.getLong(2));
            }
        }
        return ids;
    }

    private void insertCommitments(List<UnitDraft> units, Map<Integer, Long> ids, String now) throws SQLException {
        for (UnitDraft d : units) {
            CommitmentDraft c = d.commitment();
            if (c != null) {
                commitment.bind(ids.get(d.unit().ordinal()), c.sector() == null ? null : c.sector().code(),
                        owner(c.ownerCode()), Status.NOT_STARTED.name(), StoreValues.date(c.deadline()),
                        c.actor(), c.target(), now, now).executeUpdate();
            }
        }
    }

    /** The id of the statement with this content hash, or null. */
    private Long idOf(String hash) throws SQLException {
        try (ResultSet rs = byHash.bind(hash).executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /** The agency's id; the directory is read once, and again when it does not know a code. */
    private Long owner(String code) throws SQLException {
        if (code == null) {
            return null;
        }
        if (agencyIds == null || !agencyIds.containsKey(code)) {
            agencyIds = new HashMap<>();
            try (ResultSet rs = agencies.bind().executeQuery()) {
                while (rs.next()) {
                    agencyIds.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return agencyIds.get(code);
    }

    /** Gives the connection back; the prepared queries go with it. */
    @Override
    public void close() {
        try {
            try {
                if (checkpoints != null) {
                    checkpoints.close();
                }
            } finally {
                for (PreparedStatement p : prepared) {
                    p.close();
                }
                connection.close();
            }
        } catch (SQLException e) {
            throw database.translated(e, null);
        }
    }

    private Sql insert(DSLContext dsl, Table<?> table, Field<?>... columns) throws SQLException {
        return prepare(dsl.insertInto(table).columns(columns).values(params(columns)));
    }

    private Sql prepare(Query query) throws SQLException {
        String sql = database.dsl().render(query);
        PreparedStatement p = connection.prepareStatement(sql);
        prepared.add(p);
        return new Sql(sql, p, query.getParams().values().stream().map(param -> param.getDataType().getSQLType())
                .toList());
    }

    private static <T> Field<T> param(Field<T> field) {
        return DSL.param(field.getName(), field.getDataType());
    }

    private static Field<?>[] params(Field<?>... fields) {
        Field<?>[] params = new Field<?>[fields.length];
        for (int i = 0; i < fields.length; i++) {
            params[i] = param(fields[i]);
        }
        return params;
    }

    /** A prepared query with the JDBC types of its parameters, in order. */
    private record Sql(String sql, PreparedStatement statement, List<Integer> types) {
        PreparedStatement bind(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, types.get(i));
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            return statement;
        }
    }
}
