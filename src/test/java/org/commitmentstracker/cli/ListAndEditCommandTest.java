package org.commitmentstracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.service.WorkspaceServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `list` and `edit` as a script runs them, in process, on the sample workspace. */
class ListAndEditCommandTest {
    @TempDir
    Path dir;
    Path data;
    CommitmentOverview first;

    @BeforeEach
    void sampleWorkspace() {
        data = dir.resolve("data");
        try (WorkspaceServices workspace = services()) {
            workspace.prepareFirstRun();
            workspace.settings().setAuthor("Nguyễn Thị Lan");
            first = workspace.commitments().list(org.commitmentstracker.model.CommitmentFilter.NONE, LocalDate.now())
                    .get(0);
        }
    }

    WorkspaceServices services() {
        return WorkspaceServices.open(data, Clock.systemUTC(), Locale.ENGLISH, "someone");
    }

    Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void listJsonGivesEveryCommitmentWithItsStableId() throws Exception {
        Run run = run("list", "--data-dir", data.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        try (WorkspaceServices workspace = services()) {
            assertThat(array.size()).isEqualTo(workspace.commitments().count());
        }
        JsonNode row = array.get(0);
        assertThat(row.fieldNames()).toIterable().contains("id", "ref", "partner", "statement", "text", "owner",
                "status", "deadline", "sector");
        assertThat(row.get("id").asLong()).isEqualTo(first.commitmentId());
        assertThat(row.get("status").asText()).isEqualTo(first.status().name());
        assertThat(row.get("deadline").isNull() || row.get("deadline").asText().matches("\\d{4}-\\d{2}-\\d{2}")).isTrue();
    }

    @Test
    void aDataFolderGivenBeforeTheCommandIsTheOneItUses() throws Exception {
        // It used to be ignored: the command then read (or imported into) the standard folder.
        Run before = run("--data-dir", data.toString(), "list", "--json");
        Run after = run("list", "--data-dir", data.toString(), "--json");

        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).isEqualTo(after.out());
        assertThat(new ObjectMapper().readTree(before.out()).size()).isGreaterThan(0);
    }

    @Test
    void listFiltersByPartnerStatusAndOwner() throws Exception {
        Run all = run("list", "--data-dir", data.toString());
        Run chile = run("list", "--data-dir", data.toString(), "--partner", "Chile");
        Run inProgress = run("list", "--data-dir", data.toString(), "--json", "--status", "đang thực hiện");

        assertThat(all.out().lines()).hasSizeGreaterThan(chile.out().lines().count() > 0 ? 1 : 0);
        assertThat(chile.out().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("Chile"));
        assertThat(chile.out().lines().count()).isLessThan(all.out().lines().count());
        JsonNode rows = new ObjectMapper().readTree(inProgress.out());
        assertThat(rows).isNotEmpty();
        rows.forEach(r -> assertThat(r.get("status").asText()).isEqualTo("IN_PROGRESS"));
        String owner = rows.get(0).get("owner").asText();
        Run byOwner = run("list", "--data-dir", data.toString(), "--json", "--owner", owner.toLowerCase(Locale.ROOT));
        new ObjectMapper().readTree(byOwner.out()).forEach(r -> assertThat(r.get("owner").asText()).isEqualTo(owner));
    }

    @Test
    void aWorkspaceOthersCanReadIsToldOnStderrAndTheCommandStillRuns() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.getFileStore(data)
                .supportsFileAttributeView("posix"));
        Run quiet = run("list", "--data-dir", data.toString(), "--json");
        assertThat(quiet.err()).as("a new workspace is private").isEmpty();
        java.nio.file.Files.setPosixFilePermissions(data.resolve("commitments.db"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        Run edit = run("edit", "--data-dir", data.toString(), String.valueOf(first.commitmentId()), "--status",
                "At risk");
        Run list = run("list", "--data-dir", data.toString(), "--json");

        assertThat(edit.exitCode()).as(edit.err()).isZero();
        // SQLite gave the store's -wal and -shm files its permissions: those are the two more.
        assertThat(edit.err()).isEqualTo("Warning: other accounts on this computer can read " + data.resolve(
                "commitments.db") + " (and 2 more). Make it private with: chmod -R go-rwx " + data + " (or Make private in the app)."
                + System.lineSeparator());
        assertThat(list.exitCode()).isZero();
        assertThat(list.err()).startsWith("Warning: other accounts on this computer can read ");
    }

    @Test
    void editSavesEachChangeSignedInTheHistory() {
        Run run = run("edit", "--data-dir", data.toString(), String.valueOf(first.commitmentId()), "--status",
                "At risk", "--owner", "mofa", "--deadline", "30/06/2027", "--note", "Draft sent to the partner");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Saved commitment " + first.commitmentId(), "Nguyễn Thị Lan");
        try (WorkspaceServices workspace = services()) {
            var details = workspace.commitments().load(first.commitmentId());
            assertThat(details.commitment().status()).isEqualTo(Status.AT_RISK);
            assertThat(details.overview().owner().code()).isEqualTo("MOFA");
            assertThat(details.commitment().deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
            List<HistoryEntry> newest = details.history().stream()
                    .filter(h -> h.author().equals("Nguyễn Thị Lan")).toList();
            assertThat(newest).extracting(HistoryEntry::field).contains(HistoryField.STATUS, HistoryField.DEADLINE,
                    HistoryField.PROGRESS);
            assertThat(newest).filteredOn(h -> h.field() == HistoryField.PROGRESS).singleElement()
                    .satisfies(h -> assertThat(h.comment()).isEqualTo("Draft sent to the partner"));
        }
    }

    @Test
    void aStatusInVietnameseOrAsACodeIsUnderstood() {
        assertThat(run("edit", "--data-dir", data.toString(), String.valueOf(first.commitmentId()), "--status",
                "Hoàn thành").exitCode()).isZero();
        assertThat(run("edit", "--data-dir", data.toString(), String.valueOf(first.commitmentId()), "--status",
                "in_progress").exitCode()).isZero();
        try (WorkspaceServices workspace = services()) {
            assertThat(workspace.commitments().load(first.commitmentId()).commitment().status())
                    .isEqualTo(Status.IN_PROGRESS);
        }
    }

    @Test
    void aRefusedEditSaysWhyInOneLineAndChangesNothing() {
        Run unknownAgency = run("edit", "--data-dir", data.toString(), String.valueOf(first.commitmentId()),
                "--status", "COMPLETED", "--owner", "NOPE");
        Run unknownId = run("edit", "--data-dir", data.toString(), "999999", "--status", "COMPLETED");
        Run nothing = run("edit", "--data-dir", data.toString(), String.valueOf(first.commitmentId()));

        assertThat(unknownAgency.exitCode()).isEqualTo(1);
        assertThat(unknownAgency.err().strip()).contains("NOPE").doesNotContain("\n").doesNotContain("Exception");
        assertThat(unknownId.exitCode()).isEqualTo(1);
        assertThat(unknownId.err()).contains("999999");
        assertThat(nothing.exitCode()).isEqualTo(1);
        try (WorkspaceServices workspace = services()) {
            assertThat(workspace.commitments().load(first.commitmentId()).commitment().status())
                    .isEqualTo(first.status());
        }
    }

    @Test
    void aBadStatusOrDateIsABadArgument() {
        Run status = run("edit", "--data-dir", data.toString(), String.valueOf(first.commitmentId()), "--status",
                "finished-ish");
        Run date = run("edit", "--data-dir", data.toString(), String.valueOf(first.commitmentId()), "--deadline",
                "31/02/2026");
        Run listStatus = run("list", "--data-dir", data.toString(), "--status", "soon");

        assertThat(status.exitCode()).isEqualTo(2);
        assertThat(status.err()).contains("finished-ish", "IN_PROGRESS");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("31/02/2026");
        assertThat(listStatus.exitCode()).isEqualTo(2);
    }

    @Test
    void deleteStatementSaysWhatWouldGoAndDeletesOnlyWithYes() {
        String id = String.valueOf(first.statementId());

        Run dry = run("delete-statement", "--data-dir", data.toString(), "--id", id);
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("Run again with --yes");
        try (WorkspaceServices workspace = services()) {
            assertThat(workspace.statements().all()).extracting(s -> s.id()).contains(first.statementId());
        }

        Run done = run("delete-statement", "--data-dir", data.toString(), "--id", id, "--yes");

        assertThat(done.exitCode()).isZero();
        assertThat(done.out()).startsWith("Deleted statement " + id).contains("signed \"Nguyễn Thị Lan\"");
        try (WorkspaceServices workspace = services()) {
            assertThat(workspace.statements().all()).extracting(s -> s.id()).doesNotContain(first.statementId());
        }
        assertThat(run("delete-statement", "--data-dir", data.toString(), "--id", id, "--yes").exitCode())
                .isEqualTo(1);
    }
}
