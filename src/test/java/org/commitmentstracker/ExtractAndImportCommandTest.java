package org.commitmentstracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.StatementRepository;
import org.commitmentstracker.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `extract` and `import` as a user runs them, in a child JVM. */
class ExtractAndImportCommandTest {
    @TempDir
    Path dir;

    static Path fixture(String name) throws Exception {
        return Path.of(ExtractAndImportCommandTest.class.getResource("/statements/" + name).toURI());
    }

    @Test
    void extractPrintsTheJsonContractWithoutTouchingAnyStore() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        LauncherProcessTest.Result result = LauncherProcessTest.run(home, "extract",
                fixture("en-wrapped-bullets.txt").toString(), "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.fieldNames()).toIterable().contains("title", "language", "partners", "date", "place", "source",
                "relationship", "units");
        assertThat(json.get("language").asText()).isEqualTo("en");
        assertThat(json.get("partners").toString()).contains("Chile");
        JsonNode first = json.get("units").get(0);
        assertThat(first.fieldNames()).toIterable().contains("ref", "kind", "text", "section", "sector", "deadline",
                "actor", "target", "owner");
        JsonNode trade = null;
        for (JsonNode unit : json.get("units")) {
            if (unit.get("text").asText().contains("USD 3 billion")) {
                trade = unit;
            }
        }
        assertThat(trade).isNotNull();
        assertThat(trade.get("ref").asText()).isEqualTo("2");
        assertThat(trade.get("kind").asText()).isEqualTo("commitment");
        assertThat(trade.get("sector").asText()).isEqualTo("ECO");
        assertThat(trade.get("deadline").asText()).isEqualTo("2027-12-31");
        assertThat(trade.get("target").asText()).isEqualTo("USD 3 billion");
        assertThat(trade.get("owner").asText()).isEqualTo("MOIT");
        try (var files = Files.walk(home)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void extractAndImportSayWhenTheyConvertedAnOldVietnameseFont() throws Exception {
        // "Hai bên nhất trí đẩy mạnh hợp tác đầu tư và thương mại." typed with the .VnTime font, saved as text
        Path file = Files.write(dir.resolve("thong-cao.txt"), ("Th«ng c¸o chung ViÖt Nam - Lµo\n"
                + "Hai bªn nhÊt trÝ ®Èy m¹nh hîp t¸c ®Çu t\u00AD vµ th\u00AD¬ng m¹i.\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        LauncherProcessTest.Result result = LauncherProcessTest.run(Files.createDirectories(dir.resolve("home")),
                "extract", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Hai bên nhất trí đẩy mạnh hợp tác đầu tư và thương mại.");
        String doubt = "thong-cao.txt: Vietnamese typed in the old TCVN3 font encoding (.VnTime) was converted to "
                + "Unicode (2 lines such as \"Thông cáo chung Việt Nam - Lào\"). Check the text." + System.lineSeparator();
        assertThat(result.err()).isEqualTo(doubt);

        LauncherProcessTest.Result imported = LauncherProcessTest.run(dir, "import", "--data-dir",
                dir.resolve("data").toString(), file.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported thong-cao.txt: 1 commitment");
        assertThat(imported.err()).isEqualTo(doubt);
    }

    @Test
    void importLandsGoodFilesReportsBadOnesAndSkipsRepeats() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(fixture("en-wrapped-bullets.txt"), inbox.resolve("chile.txt"));
        Files.copy(fixture("vi-hard-wrapped.txt"), inbox.resolve("hungary.txt"));
        Files.write(inbox.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path data = dir.resolve("data");

        LauncherProcessTest.Result first = LauncherProcessTest.run(dir, "import", "--data-dir", data.toString(),
                inbox.toString());

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.err().strip()).startsWith("photo.txt: ").doesNotContain("\n").doesNotContain("Exception");
        assertThat(first.out()).contains("Imported chile.txt", "Imported hungary.txt");
        int commitments;
        try (Workspace workspace = Workspace.open(data)) {
            assertThat(new StatementRepository(workspace.database(), Clock.systemUTC()).count()).isEqualTo(2);
            commitments = new CommitmentRepository(workspace.database(), Clock.systemUTC()).count();
            assertThat(commitments).isGreaterThanOrEqualTo(5);
        }

        LauncherProcessTest.Result again = LauncherProcessTest.run(dir, "import", "--data-dir", data.toString(),
                inbox.resolve("chile.txt").toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Skipped chile.txt");
        try (Workspace workspace = Workspace.open(data)) {
            assertThat(new CommitmentRepository(workspace.database(), Clock.systemUTC()).count()).isEqualTo(commitments);
        }
    }
}
