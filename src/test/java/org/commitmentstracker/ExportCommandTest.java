package org.commitmentstracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `export` as a user runs it, in a child JVM with no display. */
class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void aQuarterlyReportIsWrittenWithoutADisplayInTheChosenLanguage() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path data = dir.resolve("data");
        LauncherProcessTest.Result imported = LauncherProcessTest.run(home, "import", "--data-dir", data.toString(),
                ExtractAndImportCommandTest.fixture("en-wrapped-bullets.txt").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Path out = dir.resolve("q.xlsx");

        LauncherProcessTest.Result result = LauncherProcessTest.run(home, "export", "--data-dir", data.toString(),
                "--quarter", "2026Q4", "--out", out.toString(), "--lang", "vi", "--organisation", "BỘ NGOẠI GIAO");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Wrote " + out + ": ");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(book.getSheetName(0)).isEqualTo("Tổng hợp");
            assertThat(book.getSheet("Cam kết").getLastRowNum()).isGreaterThanOrEqualTo(3);
            assertThat(book.getSheet("Tổng hợp").getRow(0).getCell(0).getStringCellValue()).isEqualTo("BỘ NGOẠI GIAO");
        }
    }

    @Test
    void aBadQuarterOrFolderIsToldInWordsAndNothingIsWritten() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        LauncherProcessTest.Result quarter = LauncherProcessTest.run(home, "export", "--data-dir",
                dir.resolve("data").toString(), "--quarter", "2025Q5", "--out", dir.resolve("q.xlsx").toString());
        assertThat(quarter.exitCode()).isEqualTo(2);
        assertThat(quarter.err()).contains("\"2025Q5\" is not a quarter: write it as 2025Q3");

        LauncherProcessTest.Result folder = LauncherProcessTest.run(home, "export", "--data-dir",
                dir.resolve("data").toString(), "--quarter", "2025Q3", "--out", dir.resolve("nope/q.xlsx").toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains("q.xlsx: the folder").contains("does not exist");
        assertThat(dir.resolve("q.xlsx")).doesNotExist();
    }

    /** /sys takes no new files, from anyone, root included: a real refusal by the kernel. */
    @Test
    void aReportThatCannotBeWrittenIsToldInWordsWithItsPathAndExitsNonZero() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/sys/kernel")), "a Linux /sys");
        Path home = Files.createDirectories(dir.resolve("home"));
        Path out = Path.of("/sys/kernel/q3.xlsx");

        LauncherProcessTest.Result result = LauncherProcessTest.run(home, "export", "--data-dir",
                dir.resolve("data").toString(), "--quarter", "2025Q3", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith(out + ": the report could not be written (")
                .endsWith("; no file was left there)" + System.lineSeparator())
                .doesNotContain("Exception", ".part", "\tat ");
        assertThat(out).doesNotExist();
    }
}
