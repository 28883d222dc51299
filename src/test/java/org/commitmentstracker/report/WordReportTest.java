package org.commitmentstracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.report.QuarterlyReportTest.statement;
import static org.commitmentstracker.report.QuarterlyReportTest.unit;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.ReportScope;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.ReportQueries;
import org.commitmentstracker.store.SettableClock;
import org.commitmentstracker.store.StatementRepository;
import org.commitmentstracker.store.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Word reports written from a real store and read back with POI: every element of the administrative layout. */
class WordReportTest {
    static final ReportPeriod Q4 = ReportPeriod.quarter("2025Q4");

    @TempDir
    Path dir;
    StoreFixture store;
    SettableClock clock = new SettableClock("2025-07-01T09:00:00Z");
    WordReport report;

    @BeforeEach
    void aQuarterOfWork() {
        store = new StoreFixture(dir.resolve("data"));
        new BundledAgencies(store.agencies).loadIfEmpty();
        StatementRepository statements = new StatementRepository(store.workspace.database(), clock);
        CommitmentRepository commitments = new CommitmentRepository(store.workspace.database(), clock);
        report = new WordReport(new ReportQueries(store.workspace.database()), clock);
        long chile = statements.insert(statement("Chile", "c1",
                unit("2", "The two sides agreed to raise trade to USD 3 billion.", Sector.ECO, "MOIT", "2026-12-31"),
                unit("3", "The two sides agreed to study a science fund.", Sector.SCI, "MOST", "2026-02-15"),
                unit("4", "The two sides agreed to open a direct air route.", Sector.TRA, "MOC", "2025-09-01")))
                .orElseThrow();
        long hungary = statements.insert(statement("Hungary", "h1",
                unit("¶7", "The two sides agreed to open a cultural centre in Budapest.", Sector.CUL, "MOCST",
                        "2026-06-30"))).orElseThrow();
        var chileIds = commitments.idsByRef(chile);
        long centre = commitments.idsByRef(hungary).get("¶7");
        clock.set("2025-08-01T10:00:00Z");
        commitments.changeStatus(chileIds.get("2"), Status.IN_PROGRESS, "lan", null);
        clock.set("2025-09-20T10:00:00Z");
        commitments.addProgress(chileIds.get("2"), "Working group met in Santiago", "minh");
        clock.set("2025-10-05T10:00:00Z");
        commitments.changeStatus(chileIds.get("2"), Status.COMPLETED, "lan", null);
        commitments.changeStatus(centre, Status.AT_RISK, "lan", null);
        commitments.addProgress(centre, "Funding not yet approved by the partner", "minh");
        commitments.changeStatus(chileIds.get("3"), Status.IN_PROGRESS, "lan", null);
        clock.set("2025-11-01T10:00:00Z");
    }

    @AfterEach
    void close() {
        store.close();
    }

    XWPFDocument write(ReportPeriod period, String language, ReportHeader header, WordLetter letter) throws Exception {
        Path out = dir.resolve("report-" + period.fileLabel() + "-" + language + ".docx");
        WordSummary summary = report.write(new WordReportRequest(ReportRequest.of(period, ReportScope.ALL, language,
                header, LocalDate.of(2025, 11, 1)), letter), out, ReportProgress.NONE);
        assertThat(summary.file()).isEqualTo(out);
        try (InputStream in = Files.newInputStream(out)) {
            return new XWPFDocument(in);
        }
    }

    static final ReportHeader HEADER = new ReportHeader("Bộ Ngoại giao\nVụ Châu Âu", "", true, "Hà Nội", "15");
    static final WordLetter LETTER = new WordLetter("CAU", "Vụ trưởng", "Nguyễn Văn An",
            "- Như trên;\n- Thứ trưởng (để b/c);\n- Lưu: VT, CAU.", "Đề nghị Bộ Tài chính bố trí kinh phí.\nĐề nghị họp liên ngành.");

    @Test
    void theVietnameseReportHasEveryPartOfAnAdministrativeDocument() throws Exception {
        try (XWPFDocument doc = write(Q4, "vi", HEADER, LETTER)) {
            XWPFTable heading = (XWPFTable) doc.getBodyElements().get(0);
            List<String> left = texts(heading.getRow(0).getCell(0));
            List<String> right = texts(heading.getRow(0).getCell(1));
            assertThat(left).containsSubsequence("BỘ NGOẠI GIAO", "VỤ CHÂU ÂU", "Số: 15/BC-CAU");
            assertThat(run(heading.getRow(0).getCell(0), "VỤ CHÂU ÂU").isBold()).isTrue();
            assertThat(run(heading.getRow(0).getCell(0), "BỘ NGOẠI GIAO").isBold()).isFalse();
            assertThat(right).containsSubsequence("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Hà Nội, ngày 01 tháng 11 năm 2025");
            assertThat(run(heading.getRow(0).getCell(1), "Độc lập - Tự do - Hạnh phúc").isBold()).isTrue();
            assertThat(run(heading.getRow(0).getCell(1), "Hà Nội, ngày 01 tháng 11 năm 2025").isItalic()).isTrue();
            assertThat(heading.getCTTbl().getTblPr().getTblBorders()).satisfiesAnyOf(
                    b -> assertThat(b).isNull(), b -> assertThat(b.isSetTop()).isFalse());
            // The short rules under the agency and under the motto.
            assertThat(heading.getRow(0).getCell(0).getParagraphs()).anyMatch(p -> p.getBorderBottom().name().equals("SINGLE"));
            assertThat(heading.getRow(0).getCell(1).getParagraphs()).anyMatch(p -> p.getBorderBottom().name().equals("SINGLE"));

            List<String> body = bodyTexts(doc);
            assertThat(body).containsSubsequence("BÁO CÁO",
                    "Tình hình thực hiện các cam kết trong các tuyên bố chung quý IV năm 2025",
                    "I. KẾT QUẢ CHUNG", "II. TÌNH HÌNH THỰC HIỆN THEO TỪNG ĐỐI TÁC",
                    "1. Chi-lê (3 cam kết)",
                    "a) Đã hoàn thành trong kỳ: 1",
                    "- The two sides agreed to raise trade to USD 3 billion. (văn kiện ngày 12/03/2025, đoạn 2; chủ trì: Bộ Công Thương; thời hạn: 31/12/2026)",
                    "Tiến độ mới nhất (20/09/2025): Working group met in Santiago",
                    "b) Đang triển khai, chưa đến hạn: 1",
                    "- The two sides agreed to study a science fund. (văn kiện ngày 12/03/2025, đoạn 3; chủ trì: Bộ Khoa học và Công nghệ; thời hạn: 15/02/2026)",
                    "Chưa có báo cáo tiến độ.",
                    "c) Có nguy cơ chậm hoặc đã quá hạn: 1",
                    "- The two sides agreed to open a direct air route. (văn kiện ngày 12/03/2025, đoạn 4; chủ trì: Bộ Xây dựng; thời hạn: 01/09/2025, quá hạn 61 ngày)",
                    "2. Hung-ga-ri (1 cam kết)",
                    "a) Đã hoàn thành trong kỳ: 0", "Không có.",
                    "c) Có nguy cơ chậm hoặc đã quá hạn: 1",
                    "- The two sides agreed to open a cultural centre in Budapest. (văn kiện ngày 12/03/2025, đoạn 7; "
                            + "chủ trì: (chưa có cơ quan chủ trì); thời hạn: 30/06/2026)",
                    "Tiến độ mới nhất (05/10/2025): Funding not yet approved by the partner",
                    "III. CÁC CAM KẾT ĐẾN HẠN TRONG QUÝ TỚI",
                    "Trong quý I năm 2026 có 1 cam kết chưa hoàn thành đến hạn:",
                    "IV. ĐỀ XUẤT, KIẾN NGHỊ",
                    "Đề nghị Bộ Tài chính bố trí kinh phí.", "Đề nghị họp liên ngành.");
            assertThat(body).contains("- Chi-lê: The two sides agreed to study a science fund. (đoạn 3; chủ trì: "
                    + "Bộ Khoa học và Công nghệ; thời hạn: 15/02/2026)");
            assertThat(run(doc, "BÁO CÁO").isBold()).isTrue();
            assertThat(paragraph(doc, "BÁO CÁO").getAlignment().name()).isEqualTo("CENTER");

            XWPFTable figures = (XWPFTable) doc.getBodyElements().stream()
                    .filter(e -> e instanceof XWPFTable).skip(1).findFirst().orElseThrow();
            assertThat(figures.getRow(0).getCell(0).getText()).isEqualTo("Tình trạng");
            assertThat(rowTexts(figures)).contains("Hoàn thành|1", "Tổng số|4", "Hoàn thành trong kỳ|1");

            XWPFTable signature = (XWPFTable) doc.getBodyElements().get(doc.getBodyElements().size() - 1);
            XWPFTableCell recipients = signature.getRow(0).getCell(0);
            assertThat(texts(recipients)).containsExactly("Nơi nhận:", "- Như trên;", "- Thứ trưởng (để b/c);",
                    "- Lưu: VT, CAU.");
            XWPFRun heading0 = run(recipients, "Nơi nhận:");
            assertThat(heading0.isBold() && heading0.isItalic()).isTrue();
            assertThat(heading0.getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(run(recipients, "- Như trên;").getFontSizeAsDouble()).isEqualTo(11.0);
            assertThat(texts(signature.getRow(0).getCell(1))).containsSubsequence("VỤ TRƯỞNG", "Nguyễn Văn An");

            assertTimesNewRoman(doc);
            assertA4WithTheDecreesMargins(doc);
        }
    }

    @Test
    void theEnglishReportForPartnersHasTheSameStructureInEnglish() throws Exception {
        try (XWPFDocument doc = write(Q4, "en", new ReportHeader("Ministry of Foreign Affairs", "", true, "", ""),
                new WordLetter("", "Director-General", "Nguyen Van An", "", ""))) {
            XWPFTable heading = (XWPFTable) doc.getBodyElements().get(0);
            assertThat(texts(heading.getRow(0).getCell(0))).containsSubsequence("MINISTRY OF FOREIGN AFFAIRS",
                    "No.:      /BC-");
            assertThat(texts(heading.getRow(0).getCell(1))).containsSubsequence("SOCIALIST REPUBLIC OF VIET NAM",
                    "Independence - Freedom - Happiness", "Hanoi, 1 November 2025");
            List<String> body = bodyTexts(doc);
            assertThat(body).containsSubsequence("REPORT",
                    "On the implementation of the commitments in the joint statements, Q4 2025",
                    "I. OVERALL FIGURES", "II. IMPLEMENTATION BY PARTNER", "1. Chile (3 commitments)",
                    "a) Completed in the period: 1", "Latest progress (20/09/2025): Working group met in Santiago",
                    "b) On track, not yet due: 1", "No progress reported yet.", "c) At risk or overdue: 1", "2. Hungary (1 commitment)",
                    "III. COMMITMENTS FALLING DUE NEXT QUARTER", "1 open commitment falls due in Q1 2026:",
                    "IV. PROPOSALS", "There are no proposals for this period.");
            assertThat(body).noneMatch(t -> t.matches(".*[ăâđêôơưạảấầẩậắằẳặẹẻẽếềểệịọỏốồổộớờởợụủứừửựỳỵỷỹ].*"));
            // One is said as one ("1 was completed", not "1 were").
            assertThat(body).anyMatch(t -> t.contains("4 commitments are being followed: 1 was completed in the period"));
            XWPFTable signature = (XWPFTable) doc.getBodyElements().get(doc.getBodyElements().size() - 1);
            assertThat(texts(signature.getRow(0).getCell(0))).containsExactly("Recipients:", "- As above;", "- File: Records.");
            assertThat(texts(signature.getRow(0).getCell(1))).containsSubsequence("DIRECTOR-GENERAL", "Nguyen Van An");
            assertTimesNewRoman(doc);
            assertA4WithTheDecreesMargins(doc);
        }
    }

    @Test
    void aPastQuarterRegeneratesTheSameFromHistory() throws Exception {
        List<String> before;
        try (XWPFDocument doc = write(ReportPeriod.quarter("2025Q3"), "en", HEADER, WordLetter.BLANK)) {
            before = bodyTexts(doc);
        }
        // Q3 as of its last day: the trade commitment was on track then, with the note of 20 September.
        assertThat(before).containsSubsequence("1. Chile (3 commitments)", "a) Completed in the period: 0",
                "b) On track, not yet due: 2", "- The two sides agreed to raise trade to USD 3 billion. (statement of 12/03/2025, "
                + "para. 2; lead: Ministry of Industry and Trade; deadline: 31/12/2026)",
                "Latest progress (20/09/2025): Working group met in Santiago", "c) At risk or overdue: 1",
                "- The two sides agreed to open a direct air route. (statement of 12/03/2025, para. 4; lead: Ministry of "
                + "Construction; deadline: 01/09/2025, 29 days overdue)", "2. Hungary (1 commitment)",
                "III. COMMITMENTS FALLING DUE NEXT QUARTER", "No open commitment falls due in Q4 2025.");
        clock.set("2026-01-20T10:00:00Z");
        try (XWPFDocument doc = write(ReportPeriod.quarter("2025Q3"), "en", HEADER, WordLetter.BLANK)) {
            assertThat(bodyTexts(doc)).isEqualTo(before);
        }
    }

    static void assertTimesNewRoman(XWPFDocument doc) {
        CTFonts defaults = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
        assertThat(List.of(defaults.getAscii(), defaults.getHAnsi(), defaults.getEastAsia(), defaults.getCs()))
                .containsOnly("Times New Roman");
        List<XWPFRun> runs = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            runs.addAll(p.getRuns());
        }
        for (XWPFTable t : doc.getTables()) {
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
        }
        assertThat(runs).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Times New Roman");
            assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("Times New Roman");
            assertThat(r.getFontFamily(XWPFRun.FontCharRange.cs)).isEqualTo("Times New Roman");
        });
        // The title and the body at 14 pt.
        XWPFParagraph title = doc.getParagraphs().stream().filter(p -> !p.getText().isBlank()).findFirst().orElseThrow();
        assertThat(title.getText()).isIn("BÁO CÁO", "REPORT");
        assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
        assertThat(doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getSzArray(0).getVal())
                .isEqualTo(BigInteger.valueOf(28));
    }

    static void assertA4WithTheDecreesMargins(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        // In twips: 20 mm top and bottom (1134), 30 mm left (1701), 15 mm right (851 rounds 850.4 up).
        assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(section.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
        assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(851));
        // The page number at the top from page 2: none on the first page's header.
        assertThat(section.isSetTitlePg()).isTrue();
        assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getCTP().getFldSimpleArray(0)
                .getInstr()).isEqualTo("PAGE");
        assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
    }

    static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
    }

    static List<String> rowTexts(XWPFTable table) {
        return table.getRows().stream().map(r -> r.getCell(0).getText() + "|" + r.getCell(1).getText()).toList();
    }

    /** The body's paragraphs in order, without the tables. */
    static List<String> bodyTexts(XWPFDocument doc) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p && !p.getText().isBlank()) {
                texts.add(p.getText());
            }
        }
        return texts;
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
    }

    static XWPFRun run(XWPFDocument doc, String text) {
        return paragraph(doc, text).getRuns().get(0);
    }

    static XWPFRun run(XWPFTableCell cell, String text) {
        return cell.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow()
                .getRuns().get(0);
    }
}
