package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commitmentstracker.model.CommitmentFilter;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.RepeatedCommitment;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import links each commitment to the earlier ones of the same partner it repeats; a deletion takes the links. */
class ImportRepeatsTest {
    static final Path EARLIER = Path.of("src/test/resources/repeats/kz-2025.txt");
    static final Path LATER = Path.of("src/test/resources/repeats/kz-2026.txt");

    @TempDir
    Path dir;

    static CommitmentOverview commitment(WorkspaceServices workspace, String year, String ref) {
        return workspace.commitments().list(CommitmentFilter.NONE, LocalDate.now()).stream()
                .filter(c -> c.statementDate().toString().startsWith(year) && c.ref().equals(ref)).findFirst()
                .orElseThrow();
    }

    @Test
    void theLaterSubcommitteeIsLinkedToTheEarlierAndTheShippingLineToNothing() throws Exception {
        try (WorkspaceServices workspace = WorkspaceServices.open(dir.resolve("data"), Clock.systemUTC(), Locale.ENGLISH,
                "Lan")) {
            workspace.imports().importAll(List.of(EARLIER));
            CommitmentOverview subcommittee = commitment(workspace, "2025", "2");
            // Set after the later statement was signed: then it was still not started.
            workspace.commitments().changeStatus(subcommittee.commitmentId(), Status.NOT_STARTED, Status.IN_PROGRESS, "Lan");
            // The import says how many of the statement's commitments repeat an earlier one.
            assertThat(workspace.imports().importAll(List.of(LATER))).singleElement()
                    .isInstanceOfSatisfying(org.commitmentstracker.importing.ImportOutcome.Imported.class,
                            i -> assertThat(i.repeating()).isEqualTo(1));

            CommitmentOverview completed = commitment(workspace, "2026", "2");
            CommitmentOverview shipping = commitment(workspace, "2026", "3");
            assertThat(workspace.repeats().all()).containsExactly(
                    Map.entry(completed.commitmentId(), List.of(subcommittee.commitmentId())));
            assertThat(workspace.repeats().repeating()).doesNotContain(shipping.commitmentId());
            List<RepeatedCommitment> alsoIn = workspace.commitments().load(completed.commitmentId()).alsoIn();
            assertThat(alsoIn).singleElement().satisfies(r -> {
                assertThat(r.earlierId()).isEqualTo(subcommittee.commitmentId());
                assertThat(r.statementTitle()).isEqualTo(subcommittee.statementTitle());
                assertThat(r.ref()).isEqualTo("2");
                assertThat(r.statusThen()).isEqualTo(Status.NOT_STARTED);
                assertThat(r.statusNow()).isEqualTo(Status.IN_PROGRESS);
            });

            workspace.statements().delete(subcommittee.statementId(), "Lan");
            assertThat(workspace.repeats().all()).isEmpty();
            assertThat(workspace.commitments().load(completed.commitmentId()).alsoIn()).isEmpty();
        }
    }

    @Test
    void anUndertakingWordedTooDifferentlyIsOfferedAsAPossibleRepeatNotLinked() throws Exception {
        Path later = dir.resolve("kz-2026-reworded.txt");
        java.nio.file.Files.writeString(later, """
                JOINT STATEMENT BETWEEN THE SOCIALIST REPUBLIC OF VIET NAM AND THE REPUBLIC OF KAZAKHSTAN

                Hanoi, 12 March 2026

                1. At the invitation of General Secretary To Lam, President of Kazakhstan Kassym-Jomart Tokayev paid a State visit to Viet Nam from 11 to 13 March 2026.

                2. The two sides agreed to complete the establishment of the Science and Technology Subcommittee within the framework of the Intergovernmental Committee.

                3. Both leaders tasked their ministries to remove barriers for businesses so that goods exchanged reach USD 2 billion a year.
                """);
        try (WorkspaceServices workspace = WorkspaceServices.open(dir.resolve("data"), Clock.systemUTC(), Locale.ENGLISH,
                "Lan")) {
            workspace.imports().importAll(List.of(EARLIER));
            workspace.imports().importAll(List.of(later));
            CommitmentOverview trade = commitment(workspace, "2026", "3");
            CommitmentOverview earlierTrade = commitment(workspace, "2025", "4");
            CommitmentOverview subcommittee = commitment(workspace, "2026", "2");

            assertThat(workspace.repeats().repeating()).containsExactly(subcommittee.commitmentId());
            assertThat(workspace.commitments().possibleRepeatsOf(trade.commitmentId())).singleElement().satisfies(r -> {
                assertThat(r.earlierId()).isEqualTo(earlierTrade.commitmentId());
                assertThat(r.ref()).isEqualTo("4");
                assertThat(r.statementTitle()).isEqualTo(earlierTrade.statementTitle());
                assertThat(r.statusThen()).isEqualTo(Status.NOT_STARTED);
                assertThat(r.statusNow()).isEqualTo(Status.NOT_STARTED);
            });
            // One linked already is not offered again; an earlier statement's commitment has nothing before it.
            assertThat(workspace.commitments().possibleRepeatsOf(subcommittee.commitmentId()))
                    .extracting(RepeatedCommitment::earlierId)
                    .doesNotContain(commitment(workspace, "2025", "2").commitmentId());
            assertThat(workspace.commitments().possibleRepeatsOf(earlierTrade.commitmentId())).isEmpty();
        }
    }

    @Test
    void anEarlierStatementImportedAfterTheLaterOneIsLinkedToo() {
        try (WorkspaceServices workspace = WorkspaceServices.open(dir.resolve("data"), Clock.systemUTC(), Locale.ENGLISH,
                "Lan")) {
            workspace.imports().importAll(List.of(LATER));
            assertThat(workspace.repeats().all()).isEmpty();
            workspace.imports().importAll(List.of(EARLIER));
            assertThat(workspace.repeats().all()).containsExactly(Map.entry(
                    commitment(workspace, "2026", "2").commitmentId(), List.of(commitment(workspace, "2025", "2").commitmentId())));
        }
    }

    /** A new team workspace at {@code url} holding the earlier statement. */
    private static WorkspaceServices serverWithTheEarlierStatement(String url) {
        WorkspaceServices.initServer(url, "postgres", null);
        WorkspaceServices server = WorkspaceServices.openServer(url, "postgres", null, Clock.systemUTC(), Locale.ENGLISH,
                "Lan");
        server.imports().importAll(List.of(EARLIER));
        return server;
    }

    /** An offline copy of the whole team workspace at {@code url}, in the folder {@code folder}. */
    private WorkspaceServices copyOf(String url, String folder) {
        return WorkspaceServices.checkout(url, "postgres", null, dir.resolve(folder), List.of(), Clock.systemUTC());
    }

    @Test
    void aStatementImportedOfflineIsLinkedOnTheServerAfterTheSync() {
        String url = TestPostgres.newDatabase("repeatsync");
        try (WorkspaceServices server = serverWithTheEarlierStatement(url)) {
            try (WorkspaceServices copy = copyOf(url, "copy")) {
                copy.imports().importAll(List.of(LATER));
                assertThat(copy.repeats().all()).hasSize(1);
                copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);
                assertThat(copy.repeats().all()).containsExactly(Map.entry(commitment(copy, "2026", "2").commitmentId(),
                        List.of(commitment(copy, "2025", "2").commitmentId())));
            }
            assertThat(server.repeats().all()).containsExactly(Map.entry(commitment(server, "2026", "2").commitmentId(),
                    List.of(commitment(server, "2025", "2").commitmentId())));
        }
    }

    @Test
    void theOfficersWordOnRepeatsGoesThroughTheSyncBothWays() {
        String url = TestPostgres.newDatabase("judgementsync");
        try (WorkspaceServices server = serverWithTheEarlierStatement(url)) {
            try (WorkspaceServices copy = copyOf(url, "copy")) {
                // Offline: the later statement is imported, its shipping line said to be the consulate's repeat
                // (the rule does not link them) and its subcommittee said not to be the earlier's.
                copy.imports().importAll(List.of(LATER));
                long shipping = commitment(copy, "2026", "3").commitmentId();
                long consulate = commitment(copy, "2025", "3").commitmentId();
                long subcommittee = commitment(copy, "2026", "2").commitmentId();
                copy.repeats().judge(shipping, consulate, true, "Minh");
                copy.repeats().judge(subcommittee, commitment(copy, "2025", "2").commitmentId(), false, "Minh");
                copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);
                // The statement now has the server's ids here: the words went with its commitments.
                assertThat(copy.repeats().all()).containsExactly(Map.entry(commitment(copy, "2026", "3").commitmentId(),
                        List.of(commitment(copy, "2025", "3").commitmentId())));
            }
            Map<Long, List<Long>> expected = Map.of(commitment(server, "2026", "3").commitmentId(),
                    List.of(commitment(server, "2025", "3").commitmentId()));
            assertThat(server.repeats().all()).isEqualTo(expected);
            assertThat(server.repeats().earlierOf(commitment(server, "2026", "3").commitmentId()))
                    .extracting(RepeatedCommitment::judgedBy).containsExactly("Minh");
            server.repeats().relinkAll();
            assertThat(server.repeats().all()).isEqualTo(expected);

            // A word said on the server reaches a copy at its next sync.
            try (WorkspaceServices copy = copyOf(url, "copy2")) {
                assertThat(copy.repeats().all()).isEqualTo(expected);
                server.repeats().judge(commitment(server, "2026", "3").commitmentId(),
                        commitment(server, "2025", "3").commitmentId(), false, "Lan");
                copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);
                assertThat(copy.repeats().all()).isEmpty();
                copy.repeats().relinkAll();
                assertThat(copy.repeats().all()).isEmpty();
            }
        }
    }

    @Test
    void aTeamWorkspaceOnPostgresqlLinksAndUnlinksTheSame() throws Exception {
        String url = TestPostgres.newDatabase("repeats");
        WorkspaceServices.initServer(url, "postgres", null);
        try (WorkspaceServices workspace = WorkspaceServices.openServer(url, "postgres", null, Clock.systemUTC(),
                Locale.ENGLISH, "Lan")) {
            workspace.imports().importAll(List.of(EARLIER, LATER));
            CommitmentOverview subcommittee = commitment(workspace, "2025", "2");
            CommitmentOverview completed = commitment(workspace, "2026", "2");
            assertThat(workspace.repeats().all()).containsExactly(
                    Map.entry(completed.commitmentId(), List.of(subcommittee.commitmentId())));
            assertThat(workspace.repeats().relinkAll()).isEqualTo(1);
            // An offline copy carries the links, ids kept.
            try (WorkspaceServices copy = WorkspaceServices.checkout(url, "postgres", null, dir.resolve("copy"),
                    List.of(), Clock.systemUTC())) {
                assertThat(copy.repeats().all()).containsExactly(
                        Map.entry(completed.commitmentId(), List.of(subcommittee.commitmentId())));
            }
            workspace.statements().delete(subcommittee.statementId(), "Lan");
            assertThat(workspace.repeats().all()).isEmpty();
        }
    }
}
