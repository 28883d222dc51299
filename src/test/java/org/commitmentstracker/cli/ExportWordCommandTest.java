package org.commitmentstracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.commitmentstracker.model.CommitmentFilter;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.service.WorkspaceServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `export-word` as a script runs it, in process, on the sample workspace, and the document read back. */
class ExportWordCommandTest {
    @TempDir
    Path dir;
    Path data;
    CommitmentOverview first;
    String quarter = ReportPeriod.quarterOf(LocalDate.now()).label();

    @BeforeEach
    void sampleWorkspaceWithANote() {
        data = dir.resolve("data");
        try (WorkspaceServices workspace = WorkspaceServices.open(data, Clock.systemUTC(), Locale.ENGLISH, "someone")) {
            workspace.prepareFirstRun();
            first = workspace.commitments().list(CommitmentFilter.NONE, LocalDate.now()).get(0);
        }
        Run edit = Run.of("edit", "--data-dir", data.toString(), String.valueOf(first.commitmentId()),
                "--status", "AT_RISK", "--note", "Phía bạn chưa bố trí được kinh phí");
        assertThat(edit.exitCode()).as(edit.err()).isZero();
    }

    @Test
    void writesTheVietnameseReportWithTheOptionsGiven() throws Exception {
        Path proposals = Files.writeString(dir.resolve("de-xuat.txt"), "Đề nghị Bộ Tài chính bố trí kinh phí.\n");
        Path out = dir.resolve("bao-cao.docx");
        Run run = Run.of("export-word", "--data-dir", data.toString(), "--quarter", quarter, "--out", out.toString(),
                "--agency", "Bộ Ngoại giao\\nVụ Châu Âu", "--abbrev", "CAU", "--number", "15", "--place", "Đà Nẵng",
                "--signer-title", "Vụ trưởng", "--signer", "Nguyễn Văn An", "--proposals-file", proposals.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote " + out);
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("BỘ NGOẠI GIAO", "VỤ CHÂU ÂU", "Số: 15/BC-CAU",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đà Nẵng, ngày ", "BÁO CÁO",
                    "Tiến độ mới nhất (", "): Phía bạn chưa bố trí được kinh phí", "IV. ĐỀ XUẤT, KIẾN NGHỊ",
                    "Đề nghị Bộ Tài chính bố trí kinh phí.", "Nơi nhận:", "- Lưu: VT, CAU.", "VỤ TRƯỞNG",
                    "Nguyễn Văn An");
        }
    }

    @Test
    void writesTheEnglishVersionForPartners() throws Exception {
        Path out = dir.resolve("report.docx");
        Run run = Run.of("export-word", "--data-dir", data.toString(), "--from", LocalDate.now().withDayOfMonth(1)
                .toString(), "--to", LocalDate.now().toString(), "--lang", "en", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("MINISTRY OF FOREIGN AFFAIRS", "SOCIALIST REPUBLIC OF VIET NAM",
                    "REPORT", "II. IMPLEMENTATION BY PARTNER", "c) At risk or overdue: ",
                    "Phía bạn chưa bố trí được kinh phí", "There are no proposals for this period.", "Recipients:")
                    .doesNotContain("BÁO CÁO", "Nơi nhận");
        }
    }

    @Test
    void refusesABadQuarterAnOutOfAnotherKindAndAMissingFolderInWords() {
        Run badQuarter = Run.of("export-word", "--data-dir", data.toString(), "--quarter", "2026Q5", "--out",
                dir.resolve("a.docx").toString());
        assertThat(badQuarter.exitCode()).isEqualTo(2);
        assertThat(badQuarter.err()).contains("\"2026Q5\" is not a quarter: write it as 2025Q3");

        Run excel = Run.of("export-word", "--data-dir", data.toString(), "--quarter", quarter, "--out",
                dir.resolve("a.xlsx").toString());
        assertThat(excel.exitCode()).isEqualTo(2);
        assertThat(excel.err()).contains("a.xlsx: the report is a Word document; name it .docx");

        Path nowhere = dir.resolve("no-such-folder").resolve("a.docx");
        Run missing = Run.of("export-word", "--data-dir", data.toString(), "--quarter", quarter, "--out",
                nowhere.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("a.docx: the folder " + nowhere.getParent() + " does not exist");

        Run proposals = Run.of("export-word", "--data-dir", data.toString(), "--quarter", quarter, "--out",
                dir.resolve("a.docx").toString(), "--proposals-file", dir.resolve("none.txt").toString());
        assertThat(proposals.exitCode()).isEqualTo(2);
        assertThat(proposals.err()).contains(dir.resolve("none.txt").toAbsolutePath() + ": cannot be read");

        Run language = Run.of("export-word", "--data-dir", data.toString(), "--quarter", quarter, "--out",
                dir.resolve("a.docx").toString(), "--lang", "fr");
        assertThat(language.exitCode()).isEqualTo(2);
        assertThat(language.err()).contains("--lang must be vi or en, not \"fr\"");
        assertThat(dir.resolve("a.docx")).doesNotExist();
    }
}
