package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.commitmentstracker.model.Commitment;
import org.commitmentstracker.model.CommitmentDraft;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.store.SettableClock;
import org.commitmentstracker.store.TestPostgres;
import org.commitmentstracker.store.Workspace;
import org.commitmentstracker.store.WorkspaceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline copies of a team workspace on a real PostgreSQL server ({@link TestPostgres}): checkout,
 * sync in both orders with and without conflicts, a sync cut off twenty times, publish.
 */
class OfflineCopyTest {
    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock("2026-01-05T08:00:00Z");
    private final List<WorkspaceServices> open = new ArrayList<>();
    private String url;
    private WorkspaceServices server;

    @BeforeEach
    void aServerWithTwoPartners() throws Exception {
        url = TestPostgres.newDatabase("sync");
        server = serverServices(url);
        server.withAgencies();
        server.imports().save("chile.txt", statement("Chile", "Viet Nam and Chile agreed", 3));
        server.imports().save("japan.txt", statement("Japan", "Viet Nam and Japan agreed", 2));
        long first = firstCommitment(server);
        tick();
        Edits.status(server.commitments(), first, Status.IN_PROGRESS, "lan");
        server.commitments().addProgress(first, "Met the embassy.", "lan", null, null);
    }

    @AfterEach
    void closeAll() {
        open.forEach(WorkspaceServices::close);
    }

    @Test
    void aCheckoutKeepsEveryIdAndRemembersTheServerButNoPassword() throws Exception {
        WorkspaceServices copy = checkout("all", List.of());

        assertThat(state(copy)).isEqualTo(state(server)).isNotEmpty();
        assertThat(history(copy)).isEqualTo(history(server));
        SyncOrigin origin = copy.offlineCopy().origin().orElseThrow();
        assertThat(origin.serverAddress()).isEqualTo(url).doesNotContain("?");
        assertThat(origin.user()).isEqualTo("postgres");
        assertThat(copy.settings().hasAuthor()).as("the copy signs as the login; no name asked").isTrue();
        assertThat(copy.settings().author()).isEqualTo("postgres");
        assertThat(origin.partners()).isEmpty();
        assertThat(copy.offlineCopy().pendingChanges()).isZero();
        assertThat(server.offlineCopy().origin()).isEmpty();

        assertThatThrownBy(() -> checkout("narnia", List.of("Japan", "Narnia")))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("No statement on " + url + " has the partner Narnia; its partners are: Chile, Japan.");
        WorkspaceServices ofAnEmptyServer = checkout(TestPostgres.newDatabase("empty"), "empty", List.of());
        ofAnEmptyServer.prepareFirstRun();
        assertThat(ofAnEmptyServer.statements().all()).isEmpty();
        assertThat(ofAnEmptyServer.offlineCopy().pendingChanges()).isZero();

        WorkspaceServices japan = checkout("japan", List.of("Japan"));
        assertThat(japan.statements().all()).extracting(Statement::partners).containsExactly(List.of("Japan"));
        assertThat(state(japan)).isSubsetOf(state(server)).hasSize(2);
        assertThat(japan.offlineCopy().origin().orElseThrow().partners()).containsExactly("Japan");

        copy.close();
        open.remove(copy);
        assertThatThrownBy(() -> WorkspaceServices.checkout(url, "postgres", null, dir.resolve("all"), List.of(), clock))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("already holds a workspace");
    }

    @Test
    void differentFieldsBothApplyAndTheSameFieldIsAConflictInEitherOrder() {
        for (boolean aFirst : new boolean[] {true, false}) {
            String tag = aFirst ? "a-first" : "b-first";
            if (!aFirst) {
                Edits.status(server.commitments(), firstCommitment(server) + 1, Status.IN_PROGRESS, "lan");
            }
            WorkspaceServices a = checkout(tag + "-a", List.of());
            WorkspaceServices b = checkout(tag + "-b", List.of());
            long id = firstCommitment(server) + (aFirst ? 0 : 1);
            tick();
            Edits.status(a.commitments(), id, Status.AT_RISK, "an");
            Edits.notes(a.commitments(), id, "Waiting for the ministry.", "an");
            Edits.status(b.commitments(), id, Status.COMPLETED, "binh");
            Edits.deadline(b.commitments(), id, LocalDate.of(2027, 6, 30), "binh");
            assertThat(a.offlineCopy().pendingChanges()).isEqualTo(2);

            WorkspaceServices first = aFirst ? a : b;
            WorkspaceServices second = aFirst ? b : a;
            SyncReport firstReport = first.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);
            assertThat(firstReport.sent()).isEqualTo(2);
            assertThat(firstReport.conflicts()).isEmpty();
            SyncReport secondReport = second.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);

            assertThat(secondReport.sent()).isEqualTo(1);
            assertThat(secondReport.conflicts()).singleElement().satisfies(c -> {
                assertThat(c.commitmentId()).isEqualTo(id);
                assertThat(c.field()).isEqualTo(HistoryField.STATUS);
                assertThat(c.base()).isEqualTo("IN_PROGRESS");
                assertThat(c.mine()).isEqualTo(second == a ? "AT_RISK" : "COMPLETED");
                assertThat(c.theirs()).isEqualTo(second == a ? "COMPLETED" : "AT_RISK");
                assertThat(c.theirAuthor()).isEqualTo(second == a ? "binh" : "an");
                assertThat(c.commitmentLabel()).contains("Joint Statement");
                assertThat(c.commitmentText()).isEqualTo(server.commitments().overviewOf(id).orElseThrow().text()).isNotBlank();
            });
            // Nothing overwritten: each side keeps its value; both other fields arrived everywhere.
            Commitment onServer = server.commitments().load(id).commitment();
            assertThat(onServer.status()).isEqualTo(first == a ? Status.AT_RISK : Status.COMPLETED);
            assertThat(second.commitments().load(id).commitment().status())
                    .isEqualTo(second == a ? Status.AT_RISK : Status.COMPLETED);
            assertThat(onServer.notes()).isEqualTo("Waiting for the ministry.");
            assertThat(onServer.deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(second.commitments().load(id).commitment().notes()).isEqualTo("Waiting for the ministry.");
            assertThat(second.commitments().load(id).commitment().deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
            // A second sync changes nothing and keeps the conflict.
            SyncReport again = second.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);
            assertThat(again.sent()).isZero();
            assertThat(again.received()).isZero();
            assertThat(again.conflicts()).hasSize(1);

            // Keep mine in the first pass, keep theirs in the second; syncing both converges.
            ConflictChoice choice = aFirst ? ConflictChoice.KEEP_MINE : ConflictChoice.KEEP_THEIRS;
            second.offlineCopy().resolve(again.conflicts().get(0).id(), choice, null);
            assertThat(second.offlineCopy().conflicts()).isEmpty();
            second.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);
            first.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);
            Status agreed = choice == ConflictChoice.KEEP_MINE ? (second == a ? Status.AT_RISK : Status.COMPLETED)
                    : (second == a ? Status.COMPLETED : Status.AT_RISK);
            assertThat(server.commitments().load(id).commitment().status()).isEqualTo(agreed);
            assertThat(state(a)).isEqualTo(state(server));
            assertThat(state(b)).isEqualTo(state(server));
            assertThat(a.offlineCopy().pendingChanges()).isZero();
            assertThat(b.offlineCopy().pendingChanges()).isZero();
        }
    }

    @Test
    void aChangeMadeHereWhileTheSyncRunsIsNotOverwrittenByTheServers() {
        WorkspaceServices copy = checkout("busy", List.of());
        long id = firstCommitment(server);
        Edits.status(server.commitments(), id, Status.COMPLETED, "lan");
        Edits.notes(copy.commitments(), id + 1, "Something to send.", "an");
        AtomicInteger steps = new AtomicInteger();
        copy.offlineCopyService().step = () -> {
            if (steps.incrementAndGet() == 1) {
                Edits.status(copy.commitments(), id, Status.AT_RISK, "an");
            }
        };

        SyncReport report = copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);

        assertThat(copy.commitments().load(id).commitment().status()).isEqualTo(Status.AT_RISK);
        assertThat(server.commitments().load(id).commitment().status()).isEqualTo(Status.COMPLETED);
        assertThat(report.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.mine()).isEqualTo("AT_RISK");
            assertThat(c.theirs()).isEqualTo("COMPLETED");
        });
        copy.offlineCopyService().step = () -> { };
        assertThat(copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE).conflicts()).hasSize(1);
        assertThat(server.commitments().load(id).commitment().status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void anAgencyIsTheSameOnBothSidesByItsCodeWhateverItsId() {
        WorkspaceServices copy = checkout("agencies", List.of());
        long id = firstCommitment(server);
        // Added on each side: the same id, two different agencies.
        var mine = copy.agencies().save("VNSC", "Ủy ban Chứng khoán", "Securities Commission");
        var theirs = server.agencies().save("VNPOST", "Tổng công ty Bưu điện", "Viet Nam Post");
        assertThat(mine.id()).isEqualTo(theirs.id());
        Edits.owner(copy.commitments(), id, mine.id(), "an");
        Edits.coOwners(copy.commitments(), id + 1, List.of(mine.id()), "an");
        Edits.owner(server.commitments(), id + 2, theirs.id(), "lan");
        Edits.owner(server.commitments(), id, theirs.id(), "lan");
        copy.imports().save("korea.txt", statement("Korea", "Viet Nam and Korea agreed", 1, "VNSC"));
        server.imports().save("peru.txt", statement("Peru", "Viet Nam and Peru agreed", 1, "VNPOST"));

        SyncReport report = copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);

        long vnscOnServer = server.agencies().byCode("VNSC").orElseThrow().id();
        assertThat(server.commitments().load(id + 1).commitment().coOwnerAgencyIds()).containsExactly(vnscOnServer);
        assertThat(copy.commitments().load(id + 2).overview().owner().code()).isEqualTo("VNPOST");
        assertThat(owners(server)).containsEntry("Korea", "VNSC").containsEntry("Peru", "VNPOST");
        assertThat(owners(copy)).containsEntry("Korea", "VNSC").containsEntry("Peru", "VNPOST");
        assertThat(report.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo(HistoryField.OWNER);
            assertThat(c.mine()).isEqualTo("VNSC");
            assertThat(c.theirs()).isEqualTo("VNPOST");
        });
        copy.offlineCopy().resolve(report.conflicts().get(0).id(), ConflictChoice.KEEP_MINE, null);
        copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);
        assertThat(server.commitments().load(id).overview().owner().code()).isEqualTo("VNSC");
    }

    @Test
    void aCopyKeepsTheServersConnectionOptionsButNeverAPassword() throws Exception {
        WorkspaceServices copy = checkout(url + "?sslmode=disable&password=secret&connectTimeout=5", "options",
                List.of());
        long id = firstCommitment(server);
        Edits.notes(copy.commitments(), id, "Sent over the same options.", "an");

        assertThat(copy.offlineCopy().origin().orElseThrow().serverAddress()).isEqualTo(url);
        assertThat(copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE).sent()).isEqualTo(1);
        copy.close();
        open.remove(copy);
        byte[] store = Files.readAllBytes(dir.resolve("options").resolve(Workspace.STORE_FILE));
        assertThat(new String(store, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("sslmode=disable")
                .doesNotContain("secret");
    }

    @Test
    void notesInConflictCanBeMerged() {
        WorkspaceServices copy = checkout("merge", List.of());
        long id = firstCommitment(server);
        Edits.notes(server.commitments(), id, "Server note.", "lan");
        Edits.notes(copy.commitments(), id, "Laptop note.", "an");
        SyncConflict conflict = copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE).conflicts().get(0);

        copy.offlineCopy().resolve(conflict.id(), ConflictChoice.MERGE, "Server note. Laptop note.");
        copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);

        assertThat(server.commitments().load(id).commitment().notes()).isEqualTo("Server note. Laptop note.");
        assertThat(state(copy)).isEqualTo(state(server));
    }

    @Test
    void aSyncCutOffTwentyTimesConvergesAsOneThatNeverWas() throws Exception {
        // The same work twice, on two servers: once synced in one go, once cut off at random points.
        Scenario whole = scenario("whole");
        AtomicInteger steps = new AtomicInteger();
        whole.copy.offlineCopyService().step = steps::incrementAndGet;
        List<int[]> progress = new ArrayList<>();
        SyncReport wholeReport = whole.copy.offlineCopy().sync(null, (done, total) -> progress.add(new int[] {done, total}));
        assertThat(steps.get()).isGreaterThan(20);
        // Every change sent and received is a step of the progress shown, which ends full.
        assertThat(progress).hasSizeGreaterThan(wholeReport.sent() + 1);
        assertThat(progress).extracting(p -> p[0]).isSorted();
        assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(progress.get(progress.size() - 1)[1]);

        Scenario cut = scenario("cut");
        Random random = new Random(16);
        int kills = 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            // Early in each run: the runs before have done part of the work, so these are points all along it.
            int killAt = 1 + random.nextInt(Math.max(2, steps.get() / 8));
            AtomicInteger count = new AtomicInteger();
            cut.copy.offlineCopyService().step = () -> {
                if (count.incrementAndGet() == killAt) {
                    throw new IllegalStateException("killed at step " + killAt);
                }
            };
            try {
                cut.copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);
            } catch (IllegalStateException killed) {
                kills++;
            }
        }
        cut.copy.offlineCopyService().step = () -> { };
        SyncReport last = cut.copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);

        assertThat(kills).isGreaterThanOrEqualTo(10);
        // The server gives a statement imported offline the ids its sequences are at: a cut-off attempt used
        // some up, so that statement is compared by partner and paragraph, everything else by id.
        assertThat(content(cut.server)).isEqualTo(content(whole.server));
        assertThat(history(cut.server, true)).isEqualTo(history(whole.server, true));
        assertThat(content(cut.copy)).isEqualTo(content(whole.copy));
        assertThat(history(cut.copy, true)).isEqualTo(history(whole.copy, true));
        assertThat(history(cut.copy, true)).hasSize(history(cut.server, true).size() + 1);
        assertThat(cut.server.statements().all()).extracting(s -> s.partners().get(0))
                .containsExactlyInAnyOrder("Chile", "Japan", "Korea", "Peru", "Laos");
        assertThat(cut.copy.offlineCopy().pendingChanges()).isZero();
        // The one conflict (status, changed on both sides) left both values; keeping theirs makes them one.
        cut.copy.offlineCopy().resolve(last.conflicts().get(0).id(), ConflictChoice.KEEP_THEIRS, null);
        cut.copy.offlineCopy().sync(null, OfflineCopy.SyncProgress.NONE);
        assertThat(state(cut.copy)).isEqualTo(state(cut.server));
        assertThat(last.conflicts()).hasSameSizeAs(wholeReport.conflicts()).hasSize(1);
        assertThat(cut.copy.offlineCopy().pendingChanges()).isZero();
    }

    /** A server and an offline copy, each changing things after the checkout; not yet synced. */
    private Scenario scenario(String name) throws Exception {
        clock.set("2026-02-01T08:00:00Z");
        String serverUrl = TestPostgres.newDatabase("cut" + name);
        WorkspaceServices onServer = serverServices(serverUrl);
        onServer.withAgencies();
        onServer.imports().save("chile.txt", statement("Chile", "Viet Nam and Chile agreed", 3));
        onServer.imports().save("japan.txt", statement("Japan", "Viet Nam and Japan agreed", 2));
        WorkspaceServices copy = WorkspaceServices.checkout(serverUrl, "postgres", null, dir.resolve(name), List.of(),
                clock);
        open.add(copy);
        List<Long> ids = copy.commitments().overview().stream().map(CommitmentOverview::commitmentId).sorted().toList();
        long agency = copy.agencies().agencies().get(3).id();
        tick();
        Edits.status(copy.commitments(), ids.get(0), Status.AT_RISK, "an");
        Edits.notes(copy.commitments(), ids.get(0), "Laptop notes.", "an");
        Edits.deadline(copy.commitments(), ids.get(1), LocalDate.of(2027, 1, 31), "an");
        Edits.owner(copy.commitments(), ids.get(2), agency, "an");
        Edits.nextStep(copy.commitments(), ids.get(3), "Call Tokyo.", "an");
        copy.commitments().addProgress(ids.get(4), "Draft sent.", "an", null, null);
        copy.imports().save("korea.txt", statement("Korea", "Viet Nam and Korea agreed", 2));
        long offline = copy.commitments().overview().stream().filter(o -> o.partners().contains("Korea")).findFirst()
                .orElseThrow().commitmentId();
        Edits.status(copy.commitments(), offline, Status.IN_PROGRESS, "an");
        // Imported on both sides: the same text is one statement on the server, under the server's ids.
        copy.imports().save("laos.txt", statement("Laos", "Viet Nam and Laos agreed", 2));
        long laos = copy.commitments().overview().stream().filter(o -> o.partners().contains("Laos"))
                .mapToLong(CommitmentOverview::commitmentId).max().orElseThrow();
        Edits.notes(copy.commitments(), laos, "Laptop notes on Laos.", "an");
        tick();
        // Imported on the server meanwhile: it takes the ids the laptop gave its own statements.
        onServer.imports().save("peru.txt", statement("Peru", "Viet Nam and Peru agreed", 3));
        onServer.imports().save("laos.txt", statement("Laos", "Viet Nam and Laos agreed", 2));
        Edits.status(onServer.commitments(), ids.get(0), Status.COMPLETED, "lan");
        Edits.status(onServer.commitments(), ids.get(1), Status.IN_PROGRESS, "lan");
        onServer.commitments().addProgress(ids.get(1), "Signed.", "lan", null, null);
        Edits.sector(onServer.commitments(), ids.get(4), Sector.values()[0], "lan");
        return new Scenario(onServer, copy);
    }

    private record Scenario(WorkspaceServices server, WorkspaceServices copy) {
    }

    @Test
    void aWorkspacePublishedIntoAnEmptyServerComesBackTheSameAndAFullOneIsRefused() throws Exception {
        WorkspaceServices laptop = WorkspaceServices.open(dir.resolve("laptop"), clock);
        open.add(laptop);
        laptop.prepareFirstRun();
        laptop.imports().save("korea.txt", statement("Korea", "Viet Nam and Korea agreed", 2));
        long id = firstCommitment(laptop);
        Edits.status(laptop.commitments(), id, Status.AT_RISK, "an");
        laptop.commitments().addProgress(id, "Draft sent.", "an", null, null);
        String empty = TestPostgres.newDatabase("publish");

        WorkspaceServices.Published published = laptop.publishTo(empty, "postgres", null);
        WorkspaceServices back = checkout(empty, "back", List.of());

        assertThat(published.statements()).isEqualTo(laptop.statements().all().size());
        assertThat(published.server()).isEqualTo(empty);
        assertThat(state(back)).isEqualTo(state(laptop)).isNotEmpty();
        assertThat(history(back)).isEqualTo(history(laptop));
        assertThat(back.agencies().agencies()).isEqualTo(laptop.agencies().agencies());
        // The server's ids go on after the copied ones.
        WorkspaceServices team = serverServices(empty);
        team.imports().save("chile.txt", statement("Chile", "Viet Nam and Chile agreed", 1));
        Edits.status(team.commitments(), firstCommitment(team), Status.COMPLETED, "lan");
        assertThat(team.commitments().count()).isEqualTo(laptop.commitments().count() + 1);

        assertThatThrownBy(() -> laptop.publishTo(empty, "postgres", null))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("not empty");
        assertThat(team.commitments().count()).isEqualTo(laptop.commitments().count() + 1);
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    /** The owner's code of each one-partner statement's last commitment, by partner. */
    private static java.util.Map<String, String> owners(WorkspaceServices services) {
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        services.commitments().overview().forEach(o -> owners.put(o.partners().get(0), o.owner().code()));
        return owners;
    }

    private WorkspaceServices serverServices(String serverUrl) {
        WorkspaceServices services = WorkspaceServices.over(
                Workspace.openServer(serverUrl, "postgres", null, dir.resolve("server-" + open.size())), clock,
                Locale.ENGLISH, "server");
        open.add(services);
        return services;
    }

    private WorkspaceServices checkout(String folder, List<String> partners) {
        return checkout(url, folder, partners);
    }

    private WorkspaceServices checkout(String serverUrl, String folder, List<String> partners) {
        WorkspaceServices copy = WorkspaceServices.checkout(serverUrl, "postgres", null, dir.resolve(folder), partners,
                clock);
        open.add(copy);
        return copy;
    }

    private void tick() {
        clock.set(clock.instant().plusSeconds(60).toString());
    }

    private static long firstCommitment(WorkspaceServices services) {
        return services.commitments().overview().stream().mapToLong(CommitmentOverview::commitmentId).min()
                .orElseThrow();
    }

    /** Every commitment's fields, by id (not its time of change: a sync writes at its own time). */
    private static List<String> state(WorkspaceServices services) {
        return services.commitments().overview().stream().map(o -> {
            Commitment c = services.commitments().load(o.commitmentId()).commitment();
            return c.id() + "|" + c.unitId() + "|" + o.statementId() + "|" + o.ref() + "|" + c.sector() + "|"
                    + c.ownerAgencyId() + "|" + c.coOwnerAgencyIds() + "|" + c.status() + "|" + c.deadline() + "|"
                    + emptyIfNull(c.nextStep()) + "|" + emptyIfNull(c.notes());
        }).sorted().toList();
    }

    private static String emptyIfNull(String text) {
        return text == null ? "" : text;
    }

    /** As {@link #state}, each commitment known by its statement's partner and its paragraph rather than ids. */
    private static List<String> content(WorkspaceServices services) {
        return services.commitments().overview().stream().map(o -> {
            Commitment c = services.commitments().load(o.commitmentId()).commitment();
            return o.partners() + "|" + o.ref() + "|" + c.sector() + "|" + c.ownerAgencyId() + "|"
                    + c.coOwnerAgencyIds() + "|" + c.status() + "|" + c.deadline() + "|"
                    + emptyIfNull(c.nextStep()) + "|" + emptyIfNull(c.notes());
        }).sorted().toList();
    }

    /** Every history entry but its row id (which is per copy: a change is known by its change id). */
    private static List<String> history(WorkspaceServices services) {
        return history(services, false);
    }

    /** @param byContent each commitment known by its statement's partner and paragraph rather than its id */
    private static List<String> history(WorkspaceServices services, boolean byContent) {
        List<String> entries = new ArrayList<>();
        for (CommitmentOverview o : services.commitments().overview()) {
            String commitment = byContent ? o.partners() + "|" + o.ref() : String.valueOf(o.commitmentId());
            for (HistoryEntry h : services.commitments().load(o.commitmentId()).history()) {
                entries.add(commitment + "|" + h.changedAt() + "|" + h.author() + "|" + h.field() + "|"
                        + h.oldValue() + "|" + h.newValue() + "|" + h.comment());
            }
        }
        return entries.stream().sorted().toList();
    }

    /** A statement of one partner whose first {@code commitments} paragraphs are commitments. */
    private static StatementDraft statement(String partner, String text, int commitments) {
        return statement(partner, text, commitments, "MOIT");
    }

    private static StatementDraft statement(String partner, String text, int commitments, String owner) {
        Statement statement = new Statement(null, "Joint Statement with " + partner, List.of(partner),
                LocalDate.of(2025, 3, 12), "Ha Noi", "en", null, null, null, text, null);
        List<UnitDraft> units = new ArrayList<>();
        units.add(new UnitDraft(new StatementUnit(null, 0, "0", UnitKind.CONTEXT, null, "The President visited.", null),
                null));
        for (int i = 1; i <= commitments; i++) {
            units.add(new UnitDraft(new StatementUnit(null, i, String.valueOf(i), UnitKind.COMMITMENT, null,
                    "The two sides agreed to step " + i + " with " + partner + ".", "agreed to"),
                    new CommitmentDraft(Sector.ECO, owner, LocalDate.of(2026, 12, 31), "both", null)));
        }
        return new StatementDraft(statement, units);
    }
}
