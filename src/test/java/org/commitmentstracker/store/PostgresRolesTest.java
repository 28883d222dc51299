package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.commitmentstracker.model.CommitmentFilter;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.model.SavedView;
import org.commitmentstracker.model.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The roles {@code server init} makes, enforced by the server itself: each test logs in with
 * logins of its own (with passwords) to a new database on the shared embedded PostgreSQL.
 */
class PostgresRolesTest {
    private static final AtomicInteger LOGINS = new AtomicInteger();
    private final SettableClock clock = new SettableClock("2025-10-01T08:00:00Z");
    private String url;
    private long commitmentId;

    @BeforeEach
    void workspaceWithOneStatement() {
        url = TestPostgres.newDatabase("roles");
        try (Database owner = Database.initServer(url, "postgres", null)) {
            new AgencyRepository(owner).save("MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");
            StatementRepository statements = new StatementRepository(owner, clock);
            long statementId = statements.insert(StoreFixture.smallStatement("Text", "MOIT")).orElseThrow();
            commitmentId = new CommitmentRepository(owner, clock).idsByRef(statementId).get("2");
        }
    }

    /** A new login with its password, a member of {@code role} (or of none when null). */
    static String login(String role) {
        String name = "login" + LOGINS.incrementAndGet();
        TestPostgres.superuserSql("CREATE ROLE " + name + " LOGIN PASSWORD '" + password(name) + "'"
                + (role == null ? "" : " IN ROLE " + role));
        return name;
    }

    static String password(String login) {
        return "secret-of-" + login;
    }

    private Database as(String login) {
        return Database.openServer(url, login, password(login));
    }

    private static void plainSql(Database database, String sql) throws SQLException {
        try (Connection c = database.dsl().configuration().connectionProvider().acquire();
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void serverInitRunTwiceChangesNothing() throws Exception {
        List<String> before = grants();

        Database.initServer(url, "postgres", null).close();

        assertThat(grants()).isEqualTo(before).contains("tracker_reporter SELECT commitment",
                "tracker_officer UPDATE commitment", "tracker_admin DELETE statement");
        assertThat(grants()).doesNotContain("tracker_reporter UPDATE commitment", "tracker_officer DELETE statement",
                "tracker_officer INSERT agency", "tracker_admin TRUNCATE history", "tracker_admin UPDATE history");
    }

    private List<String> grants() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Database owner = Database.openServer(url, "postgres", null);
             Connection c = owner.dsl().configuration().connectionProvider().acquire();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT grantee || ' ' || privilege_type || ' ' || table_name "
                     + "FROM information_schema.role_table_grants WHERE grantee LIKE 'tracker_%' "
                     + "AND table_catalog = current_database() ORDER BY 1")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    @Test
    void aReporterReadsButCannotChangeARowEvenThroughPlainSql() {
        String reporter = login("tracker_reporter");
        try (Database database = as(reporter)) {
            CommitmentRepository commitments = new CommitmentRepository(database, clock);

            assertThat(commitments.overview()).hasSize(1);
            assertThat(new HistoryRepository(database).count()).isZero();
            assertThatThrownBy(() -> plainSql(database, "UPDATE commitment SET status = 'DROPPED'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> plainSql(database, "INSERT INTO history (commitment_id, changed_at, author, "
                    + "field) VALUES (" + commitmentId + ", '2025-10-02T00:00:00.000Z', 'x', 'NOTES')"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> commitments.changeStatus(commitmentId, Status.DROPPED, reporter, null))
                    .isInstanceOf(ServerFailureException.class)
                    .hasMessage("Your login " + reporter + " on " + url + " may not change commitments: ask the "
                            + "administrator for the tracker_officer role.");
            assertThat(commitments.find(commitmentId).orElseThrow().status()).isEqualTo(Status.NOT_STARTED);
        }
    }

    @Test
    void onlyAnOfficerGivesTheirWordOnARepeatAndNobodyChangesOne() throws Exception {
        long laterId;
        try (Database owner = Database.openServer(url, "postgres", null)) {
            long statementId = new StatementRepository(owner, clock).insert(StoreFixture.smallStatement("Later text",
                    "MOIT")).orElseThrow();
            laterId = new CommitmentRepository(owner, clock).idsByRef(statementId).get("2");
        }
        long earlierId = commitmentId;
        String reporter = login("tracker_reporter");
        try (Database database = as(reporter)) {
            assertThatThrownBy(() -> new RepeatRepository(database).judge(laterId, earlierId, true, reporter,
                    clock.instant()))
                    .isInstanceOf(ServerFailureException.class)
                    .hasMessage("Your login " + reporter + " on " + url + " may not change commitments: ask the "
                            + "administrator for the tracker_officer role.");
        }
        String officer = login("tracker_officer");
        try (Database database = as(officer)) {
            RepeatRepository repeats = new RepeatRepository(database);
            repeats.judge(laterId, earlierId, true, officer, clock.instant());
            assertThat(repeats.all()).containsEntry(laterId, List.of(earlierId));
            assertThatThrownBy(() -> plainSql(database, "UPDATE repeat_judgement SET same = 0"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> plainSql(database, "DELETE FROM repeat_judgement"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void anOfficerCannotSignHistoryAsSomeoneElse() throws Exception {
        String officer = login("tracker_officer");
        try (Database database = as(officer)) {
            plainSql(database, "INSERT INTO history (commitment_id, changed_at, author, field, new_value, signed_by) "
                    + "VALUES (" + commitmentId + ", '2025-10-02T00:00:00.000Z', 'minh', 'PROGRESS', 'x', 'minh')");
            new CommitmentRepository(database, clock).changeStatus(commitmentId, Status.IN_PROGRESS, "Nguyễn Văn Minh",
                    null);

            assertThat(new HistoryRepository(database).forCommitment(commitmentId)).extracting(HistoryEntry::author)
                    .containsExactly(officer, officer);
            assertThat(signers(database)).containsExactly(officer, officer);
        }
    }

    private static List<String> signers(Database database) throws SQLException {
        List<String> signers = new ArrayList<>();
        try (Connection c = database.dsl().configuration().connectionProvider().acquire();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT signed_by FROM history ORDER BY id")) {
            while (rs.next()) {
                signers.add(rs.getString(1));
            }
        }
        return signers;
    }

    @Test
    void anOfficerImportsAndEditsButOnlyAnAdministratorDeletesStatementsOrChangesAgencies() throws Exception {
        String officer = login("tracker_officer");
        String admin = login("tracker_admin");
        long imported;
        try (Database database = as(officer)) {
            StatementRepository statements = new StatementRepository(database, clock);
            imported = statements.insert(StoreFixture.smallStatement("Another text", "MOIT")).orElseThrow();
            CommitmentRepository commitments = new CommitmentRepository(database, clock);
            commitments.changeStatus(commitmentId, Status.AT_RISK, officer, "Funding late");
            commitments.changeCoOwners(commitmentId, List.of(), officer);
            new SavedViewRepository(database).save(new SavedView("Mine", CommitmentFilter.NONE, "trade"));

            assertThat(FullTextSearch.of(database).matchingCommitments("trade")).hasSize(2);
            assertThatThrownBy(() -> statements.delete(imported, officer, null))
                    .isInstanceOf(ServerFailureException.class)
                    .hasMessageContaining("may not delete statements: ask the administrator for the tracker_admin role");
            assertThatThrownBy(() -> new AgencyRepository(database).save("MOFA", "Bộ Ngoại giao", "MOFA"))
                    .hasMessageContaining("may not change the agency directory");
            assertThat(statements.count()).isEqualTo(2);
        }
        try (Database database = as(admin)) {
            new AgencyRepository(database).save("MOFA", "Bộ Ngoại giao", "Ministry of Foreign Affairs");
            new CommitmentRepository(database, clock).addProgress(commitmentId, "Published from a laptop", "lan");

            assertThat(new StatementRepository(database, clock).delete(imported, admin, null)).isPresent();
            assertThat(new HistoryRepository(database).forCommitment(commitmentId)).last()
                    .extracting(HistoryEntry::author).isEqualTo("lan");
            assertThat(signers(database)).last().isEqualTo(admin);
        }
    }

    @Test
    void aLoginWithoutATrackerRoleIsToldWhomToAsk() {
        String stranger = login(null);

        assertThatThrownBy(() -> as(stranger)).isInstanceOf(ServerFailureException.class)
                .hasMessage("Your login " + stranger + " on " + url + " may not open this workspace: ask the "
                        + "administrator for the tracker_reporter role.");
    }

    @Test
    void aWorkspaceAtAnotherSchemaVersionIsRefusedInWords() {
        String officer = login("tracker_officer");
        String empty = TestPostgres.newDatabase("empty");
        TestPostgres.superuserSql("GRANT CONNECT ON DATABASE " + empty.substring(empty.lastIndexOf('/') + 1)
                + " TO " + officer);

        assertThatThrownBy(() -> Database.openServer(empty, officer, password(officer)))
                .isInstanceOf(ServerFailureException.class)
                .hasMessage("The team workspace at " + empty + " has no schema yet; this app knows version "
                        + Database.SCHEMA_VERSION + ": ask your administrator to run `server init` with this "
                        + "version of the app.");
        try (Database owner = Database.openServer(url, "postgres", null)) {
            owner.dsl().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
                    + "script, installed_by, execution_time, success) VALUES (99, '99', 'later', 'SQL', 'V99', "
                    + "'postgres', 0, true)");
        }
        assertThatThrownBy(() -> as(officer)).isInstanceOf(ServerFailureException.class)
                .hasMessageStartingWith("The team workspace at " + url + " is at schema version 99; this app knows "
                        + "version " + Database.SCHEMA_VERSION + ": install the newer version");
    }

    @Test
    void aWrongPasswordAnUnknownLoginANoDatabaseAndNoServerAreEachOneSentence() {
        String officer = login("tracker_officer");

        assertThatThrownBy(() -> Database.openServer(url + "?connectTimeout=5", officer, "wrong"))
                .isInstanceOf(ServerFailureException.class)
                .hasMessage("The server " + url + " refused the login " + officer + ": check the login and its "
                        + "password (PGPASSWORD), or ask your administrator.");
        assertThatThrownBy(() -> Database.openServer(url, "nobody_here", "x"))
                .hasMessageContaining("refused the login nobody_here");
        String noDatabase = url.replaceFirst("/roles\\d+$", "/no_such_database");
        assertThatThrownBy(() -> Database.openServer(noDatabase, "postgres", null))
                .hasMessageStartingWith("There is no such database on the server " + noDatabase);
        assertThatThrownBy(() -> Database.openServer("jdbc:postgresql://localhost:1/tracker?connectTimeout=5",
                officer, password(officer)))
                .hasMessageStartingWith("The server jdbc:postgresql://localhost:1/tracker cannot be reached")
                .hasMessageNotContaining("connectTimeout");
        // The test server offers no TLS: an address that asks for it is refused as TLS, not as "cannot be reached".
        assertThatThrownBy(() -> Database.openServer(url + "?sslmode=verify-full&sslrootcert=/etc/ssl/none.crt",
                officer, password(officer)))
                .hasMessage("The server " + url + " could not be reached safely (TLS): check the address's sslmode and "
                        + "sslrootcert (the ministry's root certificate), or ask IT whether the server offers TLS.");
    }

    @Test
    void aConnectionLostMidEditIsSaidAndNothingIsReportedSaved() {
        String officer = login("tracker_officer");
        try (Database database = as(officer)) {
            CommitmentRepository commitments = new CommitmentRepository(database, clock);
            // Two connections are now kept open, idle, as after the window read while an edit was saved.
            var provider = database.dsl().configuration().connectionProvider();
            Connection first = provider.acquire();
            Connection second = provider.acquire();
            provider.release(first);
            provider.release(second);
            TestPostgres.superuserSql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '"
                    + officer + "'");

            assertThatThrownBy(() -> commitments.changeStatus(commitmentId, Status.COMPLETED, officer, null))
                    .isInstanceOf(ServerFailureException.class)
                    .hasMessageStartingWith("The connection to " + url + " was lost");
            try (Database owner = Database.openServer(url, "postgres", null)) {
                assertThat(new CommitmentRepository(owner, clock).find(commitmentId).orElseThrow().status())
                        .isEqualTo(Status.NOT_STARTED);
            }

            // No broken connection is kept: doing it again, once the network is back, works at once.
            commitments.changeStatus(commitmentId, Status.COMPLETED, officer, null);
            assertThat(commitments.find(commitmentId).orElseThrow().status()).isEqualTo(Status.COMPLETED);
        }
    }

    @Test
    void aWorkspaceWhoseHistoryTriggerWasDroppedIsNotOpened() {
        String officer = login("tracker_officer");
        try (Database owner = Database.openServer(url, "postgres", null)) {
            owner.dsl().execute("DROP TRIGGER history_signed_by_login ON history");
            owner.dsl().execute("ALTER TABLE history DISABLE TRIGGER history_is_append_only");
        }

        assertThatThrownBy(() -> as(officer)).isInstanceOf(ServerFailureException.class)
                .hasMessage("The team workspace at " + url + " fails its check (the trigger history_is_append_only "
                        + "on history is missing or disabled; the trigger history_signed_by_login on history is "
                        + "missing or disabled): nothing was changed; ask your administrator to restore it from a "
                        + "pg_dump backup or to put the schema back (docs/team-workspace.md).");
    }

    @Test
    void onlyTheDatabasesOwnerRunsServerInit() {
        String admin = login("tracker_admin");

        assertThatThrownBy(() -> Database.initServer(url, admin, password(admin)))
                .isInstanceOf(ServerFailureException.class)
                .hasMessage("Your login " + admin + " on " + url + " may not set up or upgrade the team workspace: run "
                        + "`server init` as the database's owner (see docs/team-workspace.md).");
    }
}
