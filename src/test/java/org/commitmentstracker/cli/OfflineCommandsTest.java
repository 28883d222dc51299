package org.commitmentstracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.service.Edits;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.StoreFixture;
import org.commitmentstracker.store.TestPostgres;
import org.commitmentstracker.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** checkout, sync, conflicts and publish as a script runs them, against the embedded PostgreSQL server. */
class OfflineCommandsTest {
    @TempDir
    Path dir;

    @Test
    void anOfflineCopyIsTakenSyncedWithAConflictResolvedAndNotPublishedOverAFullServer() throws Exception {
        String url = serverWithChile("cli");
        long id;
        try (WorkspaceServices server = serverServices(url)) {
            id = server.commitments().overview().stream().mapToLong(CommitmentOverview::commitmentId).min().orElseThrow();
        }
        Path copy = dir.resolve("copy");

        Run checkout = run("checkout", "--server", url, "--user", "postgres", "--data-dir", copy.toString(),
                "--partner", "Chile");
        assertThat(checkout.exitCode()).as(checkout.err()).isZero();
        assertThat(checkout.out()).contains("Took an offline copy of " + url, "1 statement,", "1 commitment.");

        try (WorkspaceServices laptop = WorkspaceServices.open(copy, Clock.systemUTC())) {
            Edits.status(laptop.commitments(), id, Status.AT_RISK, "an");
            Edits.deadline(laptop.commitments(), id, LocalDate.of(2027, 3, 31), "an");
        }
        try (WorkspaceServices server = serverServices(url)) {
            Edits.status(server.commitments(), id, Status.COMPLETED, "lan");
        }

        Run sync = run("sync", "--data-dir", copy.toString());
        assertThat(sync.exitCode()).isEqualTo(1);
        assertThat(sync.out()).contains("sent 1 change, received 1 change", "1 conflict left, nothing overwritten; "
                + "settle each with: conflicts --resolve N --keep mine|theirs", "STATUS: mine \"AT_RISK\", "
                + "theirs \"COMPLETED\" (lan,");

        Run resolve = run("conflicts", "--data-dir", copy.toString(), "--resolve", "1", "--keep", "mine");
        assertThat(resolve.exitCode()).as(resolve.err()).isZero();
        assertThat(resolve.out()).contains("Resolved conflict #1", "No conflicts.");
        Run again = run("sync", "--data-dir", copy.toString());
        assertThat(again.exitCode()).as(again.out()).isZero();
        assertThat(again.out()).contains("sent 1 change,");
        try (WorkspaceServices server = serverServices(url)) {
            assertThat(server.commitments().load(id).commitment().status()).isEqualTo(Status.AT_RISK);
            assertThat(server.commitments().load(id).commitment().deadline()).isEqualTo(LocalDate.of(2027, 3, 31));
        }

        Run publish = run("publish", "--data-dir", copy.toString(), "--server", url, "--user", "postgres");
        assertThat(publish.exitCode()).isEqualTo(1);
        assertThat(publish.err().strip()).doesNotContain("\n").contains("is not empty");
        Run notACopy = run("sync", "--data-dir", dir.resolve("plain").toString());
        assertThat(notACopy.exitCode()).isEqualTo(1);
        assertThat(notACopy.err()).contains("is not an offline copy");
    }

    @Test
    void aDeletionOnTheServerIsToldInOneLineAndAnUnreachableServerLeavesTheChangesOnTheLaptop() throws Exception {
        String url = serverWithChile("clidel");
        long statementId;
        try (WorkspaceServices server = serverServices(url)) {
            statementId = server.statements().all().get(0).id();
        }
        Path copy = dir.resolve("copy");
        assertThat(run("checkout", "--server", url, "--user", "postgres", "--data-dir", copy.toString()).exitCode())
                .isZero();
        try (WorkspaceServices laptop = WorkspaceServices.open(copy, Clock.systemUTC())) {
            long id = laptop.commitments().overview().get(0).commitmentId();
            Edits.notes(laptop.commitments(), id, "Called the embassy.", "an");
        }
        try (WorkspaceServices server = serverServices(url)) {
            server.statements().delete(statementId, "minh");
        }

        Run sync = run("sync", "--data-dir", copy.toString());
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        assertThat(sync.out()).contains("Deleted here because minh deleted it on " + url,
                "1 change made here dropped, not sent (2 NOTES: Called the embassy.); they are in the backup ");

        String unreachable = "jdbc:postgresql://127.0.0.1:1/nowhere";
        try (WorkspaceServices laptop = WorkspaceServices.open(copy, Clock.systemUTC())) {
            laptop.withAgencies();
            laptop.imports().save("peru.txt", StoreFixture.smallStatement("Peru text", "MOIT"));
        }
        try (Workspace laptop = Workspace.open(copy)) {
            new org.commitmentstracker.store.WorkspaceSettings(laptop.database())
                    .put(org.commitmentstracker.store.OfflineSync.SERVER, unreachable);
        }
        Run away = run("sync", "--data-dir", copy.toString());
        assertThat(away.exitCode()).isEqualTo(1);
        assertThat(away.err().strip()).doesNotContain("\n").contains(unreachable,
                "cannot be reached", "this laptop keeps its 1 change until a sync gets through");
        try (WorkspaceServices laptop = WorkspaceServices.open(copy, Clock.systemUTC())) {
            assertThat(laptop.offlineCopy().pendingChanges()).isEqualTo(1);
        }
    }

    /** A new server database holding one statement with Chile; gives its address. */
    private String serverWithChile(String prefix) {
        String url = TestPostgres.newDatabase(prefix);
        try (WorkspaceServices server = serverServices(url)) {
            server.withAgencies();
            server.imports().save("chile.txt", StoreFixture.smallStatement("Chile text", "MOIT"));
        }
        return url;
    }

    private WorkspaceServices serverServices(String url) {
        return WorkspaceServices.over(Workspace.openServer(url, "postgres", null, dir.resolve("server")),
                Clock.systemUTC(), Locale.ENGLISH, "server");
    }

    /** Runs the command in process with PGPASSWORD set (the embedded server's superuser has none). */
    private static Run run(String... args) {
        return Run.withEnvironment(Map.of("PGPASSWORD", ""), args);
    }
}
