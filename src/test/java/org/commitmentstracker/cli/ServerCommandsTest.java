package org.commitmentstracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.model.UpdateFormLayout;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands against a team workspace on the shared embedded PostgreSQL, as an officer types them:
 * {@code --server URL --user LOGIN}, the password in PGPASSWORD; and every refusal one line, exit non-zero.
 */
class ServerCommandsTest {
    private static final AtomicInteger LOGINS = new AtomicInteger();
    private static final Path SEED = Path.of("/work/shared/seeds/000_0201c7e0e5d491ab.txt");

    @TempDir
    Path dir;
    String url;
    String officer;
    String reporter;
    String admin;

    @BeforeEach
    void serverWithThreeLogins() {
        url = TestPostgres.newDatabase("cli");
        Run init = as("postgres", "server", "init");
        assertThat(init.exitCode()).as(init.err()).isZero();
        officer = login("tracker_officer");
        reporter = login("tracker_reporter");
        admin = login("tracker_admin");
    }

    private static String login(String role) {
        String name = "cli_" + role.substring("tracker_".length()) + LOGINS.incrementAndGet();
        TestPostgres.superuserSql("CREATE ROLE " + name + " LOGIN PASSWORD 'pw-" + name + "' IN ROLE " + role);
        return name;
    }

    /** A command run by {@code login} on the test's server, with its password in PGPASSWORD. */
    private Run as(String login, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--server", url, "--user", login));
        String password = login.equals("postgres") ? "" : "pw-" + login;
        return Run.withEnvironment(Map.of("PGPASSWORD", password), args.toArray(String[]::new));
    }

    /** Refused: exit code not 0, one line on stderr naming the server, and nothing of a stack trace. */
    private static void assertRefusedInOneLine(Run run, String... words) {
        assertThat(run.exitCode()).as(run.out()).isNotZero();
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(words).doesNotContain("Exception", "at org.", "pw-");
        assertThat(run.out()).doesNotContain("Imported", "Saved", "Deleted");
    }

    @Test
    void serverInitRunAgainChangesNothingAndSaysWhatIsThere() {
        Run again = as("postgres", "server", "init");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("The team workspace at " + url + " is at schema version " + org.commitmentstracker.store.Database.newestSchemaVersion(),
                "tracker_reporter, tracker_officer, tracker_admin", "IN ROLE tracker_officer");
    }

    @Test
    void anOfficerImportsListsEditsAndExportsOnTheServer() throws Exception {
        Run imported = as(officer, "import", SEED.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported");

        Run list = as(officer, "list", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(list.out());
        assertThat(rows.size()).isPositive();
        long id = rows.get(0).get("id").asLong();

        Run edit = as(officer, "edit", String.valueOf(id), "--status", "IN_PROGRESS", "--note", "Đã trao đổi với đối tác");
        assertThat(edit.exitCode()).as(edit.err()).isZero();
        assertThat(edit.out()).isEqualTo("Saved commitment " + id + ", signed \"" + officer + "\"\n");

        Path report = dir.resolve("report.xlsx");
        Run export = as(officer, "export", "--quarter", "2026Q4", "--out", report.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(report).isNotEmptyFile();

        Path forms = Files.createDirectories(dir.resolve("forms"));
        Run exportForms = as(officer, "export-forms", "--out-dir", forms.toString(), "--lang", "en");
        assertThat(exportForms.exitCode()).as(exportForms.err()).isZero();
        Path form = firstForm(forms);
        fillFirstRow(form, "Completed", "Công văn số 123/BTC-HTQT");
        Run updates = as(officer, "import-updates", form.toString());
        assertThat(updates.exitCode()).as(updates.err()).isZero();

        try (WorkspaceServices workspace = WorkspaceServices.openServer(url, admin, "pw-" + admin, Clock.systemUTC(),
                Locale.ENGLISH, admin)) {
            List<HistoryEntry> history = workspace.commitments().load(id).history();
            assertThat(history).isNotEmpty().allSatisfy(entry -> assertThat(entry.author()).isEqualTo(officer));
        }
    }

    private static Path firstForm(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).sorted().findFirst().orElseThrow();
        }
    }

    private static void fillFirstRow(Path form, String status, String evidence) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(form))) {
            var row = book.getSheetAt(0).getRow(UpdateFormLayout.FIRST_DATA_ROW);
            row.getCell(UpdateFormLayout.STATUS).setCellValue(status);
            row.getCell(UpdateFormLayout.EVIDENCE).setCellValue(evidence);
            try (OutputStream out = Files.newOutputStream(form)) {
                book.write(out);
            }
        }
    }

    @Test
    void aReporterListsAndExportsButIsRefusedAnEditOrAnImportInOneLine() throws Exception {
        assertThat(as(officer, "import", SEED.toString()).exitCode()).isZero();
        Run list = as(reporter, "list", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        long id = new ObjectMapper().readTree(list.out()).get(0).get("id").asLong();
        Path report = dir.resolve("report.xlsx");
        assertThat(as(reporter, "export", "--quarter", "2026Q4", "--out", report.toString()).exitCode()).isZero();

        assertRefusedInOneLine(as(reporter, "edit", String.valueOf(id), "--status", "DROPPED"),
                "Your login " + reporter + " on " + url + " may not change commitments: ask the administrator for "
                        + "the tracker_officer role.");
        assertRefusedInOneLine(as(reporter, "import", Path.of("/work/shared/seeds/001_95b90d5a4b3eee68.txt").toString()),
                "may not import statements", "tracker_officer");
        assertThat(new ObjectMapper().readTree(as(reporter, "list", "--json").out()).get(0).get("status").asText())
                .isEqualTo("NOT_STARTED");
    }

    @Test
    void onlyAnAdministratorDeletesAStatement() throws Exception {
        assertThat(as(officer, "import", SEED.toString()).exitCode()).isZero();
        long statement = new ObjectMapper().readTree(as(officer, "list", "--json").out()).get(0).get("statementId")
                .asLong();

        assertRefusedInOneLine(as(officer, "delete-statement", "--id", String.valueOf(statement), "--yes"),
                "may not delete statements: ask the administrator for the tracker_admin role");
        Run deleted = as(admin, "delete-statement", "--id", String.valueOf(statement), "--yes");

        assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        assertThat(deleted.out()).startsWith("Deleted statement " + statement)
                .contains("Backup: the server's, made by IT (pg_dump)");
    }

    @Test
    void aWrongPasswordAnUnreachableServerAndAMissingDatabaseAreOneLineEach() {
        Run wrong = Run.withEnvironment(Map.of("PGPASSWORD", "not-the-password"), "list", "--server", url, "--user",
                officer);
        assertRefusedInOneLine(wrong, "The server " + url + " refused the login " + officer);
        assertThat(wrong.err()).doesNotContain("not-the-password");

        Run unreachable = Run.withEnvironment(Map.of("PGPASSWORD", "x"), "list", "--server",
                "jdbc:postgresql://localhost:1/tracker?connectTimeout=5&password=hidden", "--user", officer);
        assertRefusedInOneLine(unreachable, "The server jdbc:postgresql://localhost:1/tracker cannot be reached");
        assertThat(unreachable.err()).doesNotContain("hidden", "connectTimeout");

        String noDatabase = url.replaceFirst("/cli\\d+$", "/no_such_workspace");
        assertRefusedInOneLine(Run.withEnvironment(Map.of("PGPASSWORD", "pw-" + officer), "list", "--server",
                noDatabase, "--user", officer), "There is no such database on the server " + noDatabase);
        assertRefusedInOneLine(Run.withEnvironment(Map.of(), "list", "--server", url, "--user", officer),
                "No password for " + officer + " on " + url + ": set PGPASSWORD");
    }
}
