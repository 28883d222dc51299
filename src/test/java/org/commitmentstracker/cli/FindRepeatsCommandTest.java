package org.commitmentstracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.commitmentstracker.service.WorkspaceServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `list --json` gives each commitment's repeats; `find-repeats` makes the links of a workspace that has none. */
class FindRepeatsCommandTest {
    @TempDir
    Path dir;

    private JsonNode byRef(JsonNode array, String titleStart, String ref) {
        for (JsonNode row : array) {
            if (row.get("ref").asText().equals(ref) && row.get("statement").asText().startsWith(titleStart)) {
                return row;
            }
        }
        throw new AssertionError("no commitment " + ref + " of " + titleStart + " in " + array);
    }

    @Test
    void listJsonGivesTheRepeatsAndFindRepeatsMakesThemAgain() throws Exception {
        String data = dir.resolve("data").toString();
        Run imported = Run.of("import", "--data-dir", data, "src/test/resources/repeats/kz-2025.txt",
                "src/test/resources/repeats/kz-2026.txt");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported kz-2025.txt: 3 commitments (\"")
                .contains("Imported kz-2026.txt: 3 commitments, 1 repeating an earlier statement's (\"");

        JsonNode list = new ObjectMapper().readTree(Run.of("list", "--data-dir", data, "--json").out());
        JsonNode earlier = byRef(list, "JOINT STATEMENT ON", "2");
        JsonNode later = byRef(list, "JOINT STATEMENT BETWEEN", "2");
        assertThat(later.get("repeats")).hasSize(1);
        assertThat(later.get("repeats").get(0).asLong()).isEqualTo(earlier.get("id").asLong());
        assertThat(earlier.get("repeats").isArray()).isTrue();
        assertThat(earlier.get("repeats")).isEmpty();
        assertThat(byRef(list, "JOINT STATEMENT BETWEEN", "3").get("repeats")).isEmpty();

        // A workspace whose statements came in before repeats were looked for has no links.
        Path store;
        try (WorkspaceServices workspace = WorkspaceServices.open(dir.resolve("data"), Clock.systemUTC(), Locale.ENGLISH,
                "someone")) {
            store = workspace.storeFile();
        }
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store);
             var statement = connection.createStatement()) {
            statement.execute("DELETE FROM commitment_repeat");
        }
        assertThat(new ObjectMapper().readTree(Run.of("list", "--data-dir", data, "--json").out()).toString())
                .doesNotContain("\"repeats\":[" + earlier.get("id").asLong());

        Run found = Run.of("find-repeats", "--data-dir", data);
        assertThat(found.exitCode()).as(found.err()).isZero();
        assertThat(found.out()).startsWith("1 commitment repeats an earlier one (1 link) in ");
        JsonNode again = new ObjectMapper().readTree(Run.of("list", "--data-dir", data, "--json").out());
        assertThat(byRef(again, "JOINT STATEMENT BETWEEN", "2").get("repeats").get(0).asLong())
                .isEqualTo(earlier.get("id").asLong());
    }

    @Test
    void aFolderThatIsNotAWorkspaceIsRefusedInWords() throws Exception {
        Path file = dir.resolve("not-a-folder");
        java.nio.file.Files.writeString(file, "x");
        Run run = Run.of("find-repeats", "--data-dir", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("not-a-folder");
    }
}
