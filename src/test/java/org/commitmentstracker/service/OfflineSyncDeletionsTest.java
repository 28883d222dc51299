package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.store.jooq.Tables.DELETED_STATEMENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.Database;
import org.commitmentstracker.store.SettableClock;
import org.commitmentstracker.store.StoreFixture;
import org.commitmentstracker.store.TestPostgres;
import org.commitmentstracker.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deletions travelling between an offline copy and its server, and a sync reading only the server's history it
 * has not seen (on the embedded PostgreSQL server, {@link TestPostgres}).
 */
class OfflineSyncDeletionsTest {
    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock("2026-01-05T08:00:00Z");
    private final List<WorkspaceServices> open = new ArrayList<>();
    private String url;
    private WorkspaceServices server;
    private long first;
    private long second;

    @BeforeEach
    void aServerWithTwoStatements() {
        url = TestPostgres.newDatabase("sync2");
        server = services(Workspace.openServer(url, "postgres", null, dir.resolve("server")));
        server.withAgencies();
        server.imports().save("a.txt", StoreFixture.smallStatement("Viet Nam and Chile agreed", "MOIT"));
        server.imports().save("b.txt", StoreFixture.smallStatement("Viet Nam and Chile agreed again", "MOIT"));
        first = server.statements().all().get(0).id();
        second = server.statements().all().get(1).id();
    }

    @AfterEach
    void closeAll() {
        open.forEach(WorkspaceServices::close);
    }

    @Test
    void aStatementDeletedOnTheServerGoesFromTheCopyWithItsUnsentChangesToldAndBackedUpEvenWhenCutOff() throws Exception {
        WorkspaceServices copy = checkout("copy", "postgres", null);
        long commitment = commitmentOf(copy, first);
        Edits.notes(copy.commitments(), commitment, "Asked the embassy twice.", "an");
        server.statements().delete(first, "boss");

        // Cut off at every point in turn until a run gets through: the deletion happens once, told once.
        List<SyncReport.DeletedOnServer> told = syncCutOffEverywhere(copy, null).deletedOnServer();

        assertThat(copy.statements().all()).extracting(org.commitmentstracker.model.Statement::id)
                .containsExactly(second);
        assertThat(told).singleElement().satisfies(d -> {
            assertThat(d.deletedBy()).isEqualTo("boss");
            assertThat(d.unsent()).containsExactly(
                    new SyncReport.UnsentChange("2", org.commitmentstracker.model.HistoryField.NOTES,
                            "Asked the embassy twice."));
            assertThat(Path.of(d.backup())).exists();
        });
        assertThat(copy.offlineCopy().pendingChanges()).isZero();
        SyncReport again = copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);
        assertThat(again.deletedOnServer()).isEmpty();
        assertThat(again.sent()).isZero();
        assertThat(server.statements().all()).extracting(org.commitmentstracker.model.Statement::id)
                .containsExactly(second);
    }

    @Test
    void aStatementDeletedOnTheLaptopIsDeletedOnTheServerOnlyByAnAdministrator() throws Exception {
        WorkspaceServices.initServer(url, "postgres", null);
        TestPostgres.superuserSql("CREATE ROLE sync2_officer LOGIN PASSWORD 'pw' IN ROLE tracker_officer");
        WorkspaceServices officer = checkout("officer", "sync2_officer", "pw");
        WorkspaceServices admin = checkout("admin", "postgres", null);

        officer.statements().delete(first, "an");
        assertThat(officer.offlineCopy().pendingChanges()).isEqualTo(1);
        SyncReport refused = syncCutOffEverywhere(officer, "pw");
        assertThat(refused.deletionsRefused()).containsExactly("Joint Statement");
        assertThat(server.statements().all()).hasSize(2);
        assertThat(officer.statements().all()).hasSize(2);
        assertThat(officer.offlineCopy().sync("pw", OfflineCopy.SyncProgress.NONE).deletionsRefused()).isEmpty();
        assertThat(officer.statements().all()).hasSize(2);

        admin.statements().delete(second, "minh");
        SyncReport deleted = syncCutOffEverywhere(admin, null);
        assertThat(deleted.deletionsRefused()).isEmpty();
        assertThat(server.statements().all()).extracting(org.commitmentstracker.model.Statement::id)
                .containsExactly(first);
        assertThat(admin.offlineCopy().pendingChanges()).isZero();
        try (Database db = Database.openServer(url, "postgres", null)) {
            assertThat(db.dsl().select(DELETED_STATEMENT.STATEMENT_ID, DELETED_STATEMENT.DELETED_BY)
                    .from(DELETED_STATEMENT).fetch(r -> r.value1() + " " + r.value2()))
                    .containsExactly(second + " minh");
        }
        // ... and the officer's copy follows.
        assertThat(officer.offlineCopy().sync("pw", OfflineCopy.SyncProgress.NONE).deletedOnServer())
                .singleElement().satisfies(d -> assertThat(d.deletedBy()).isEqualTo("minh"));
        assertThat(officer.statements().all()).hasSize(1);
    }

    @Test
    void aSyncWithNothingNewReadsNoHistoryRowsAndALaterCommitOfALowerIdIsNotMissed() throws Exception {
        WorkspaceServices copy = checkout("copy", "postgres", null);
        long a = commitmentOf(server, first);
        long b = commitmentOf(server, second);
        Edits.status(server.commitments(), a, Status.IN_PROGRESS, "lan");
        Edits.notes(copy.commitments(), b, "Sent from the laptop.", "an");
        SyncReport report = copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);
        assertThat(report.received()).isEqualTo(1);
        assertThat(copy.offlineCopyService().historyRowsRead).isPositive();
        copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);
        assertThat(copy.offlineCopyService().historyRowsRead).isZero();

        // A transaction takes a history id, then commits only after a later one has been received.
        try (Connection slow = DriverManager.getConnection(url, "postgres", "")) {
            slow.setAutoCommit(false);
            try (Statement s = slow.createStatement()) {
                s.execute("UPDATE commitment SET notes = 'From a slow transaction.' WHERE id = " + a);
                s.execute("INSERT INTO history (commitment_id, changed_at, author, field, old_value, new_value, "
                        + "change_uuid) VALUES (" + a + ", '2026-01-05T08:30:00.000Z', 'lan', 'NOTES', NULL, "
                        + "'From a slow transaction.', 'slow-change')");
            }
            Edits.status(server.commitments(), b, Status.AT_RISK, "lan");
            assertThat(copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE).received()).isEqualTo(1);
            slow.commit();
        }
        assertThat(copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE).received()).isEqualTo(1);
        assertThat(copy.commitments().load(a).commitment().notes()).isEqualTo("From a slow transaction.");
        assertThat(copy.commitments().load(b).commitment().status()).isEqualTo(Status.AT_RISK);
        copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);
        assertThat(copy.offlineCopyService().historyRowsRead).isZero();
    }

    /** Syncs, cut off at the first step, then the second..., until a run gets through; gives that run's report. */
    private static SyncReport syncCutOffEverywhere(WorkspaceServices copy, String password) {
        for (int cut = 1; ; cut++) {
            AtomicInteger steps = new AtomicInteger();
            int at = cut;
            copy.offlineCopyService().step = () -> {
                if (steps.incrementAndGet() == at) {
                    throw new IllegalStateException("cut off at step " + at);
                }
            };
            try {
                return copy.offlineCopy().sync(password, OfflineCopy.SyncProgress.NONE);
            } catch (IllegalStateException cutOff) {
                assertThat(cutOff).hasMessageStartingWith("cut off");
            } finally {
                copy.offlineCopyService().step = () -> { };
            }
        }
    }

    private WorkspaceServices checkout(String folder, String user, String password) {
        return services(WorkspaceServices.checkout(url, user, password, dir.resolve(folder), List.of(), clock));
    }

    private WorkspaceServices services(Workspace workspace) {
        return services(WorkspaceServices.over(workspace, clock, Locale.ENGLISH, "server"));
    }

    private WorkspaceServices services(WorkspaceServices services) {
        open.add(services);
        return services;
    }

    private static long commitmentOf(WorkspaceServices services, long statementId) {
        return services.commitments().overview().stream().filter(o -> o.statementId() == statementId)
                .mapToLong(CommitmentOverview::commitmentId).findFirst().orElseThrow();
    }
}
