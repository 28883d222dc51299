package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.ReportScope;
import org.commitmentstracker.report.ReportHeader;
import org.commitmentstracker.report.ReportProgress;
import org.commitmentstracker.report.ReportRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quarterly report counts, per partner, the commitments that repeat an earlier visit's. */
class ReportRepeatsTest {
    @TempDir
    Path dir;

    private List<String> summaryLines(Path workbook) throws Exception {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            DataFormatter format = new DataFormatter();
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                lines.add(String.join("|", cells));
            }
        }
        return lines;
    }

    @Test
    void theSummaryCountsTheRepeatsOfEachPartner() throws Exception {
        try (WorkspaceServices workspace = withKazakhstansTwoVisits()) {
            for (String language : List.of("en", "vi")) {
                Path out = dir.resolve("report-" + language + ".xlsx");
                workspace.reports().export(secondQuarter2026(language), out, ReportProgress.NONE);
                List<String> lines = summaryLines(out);
                if (language.equals("en")) {
                    assertThat(lines).contains("Repeating an earlier visit's commitment|1");
                    int table = lines.indexOf("Repeated from an earlier visit, by partner");
                    assertThat(table).isPositive();
                    assertThat(lines.get(table + 1)).isEqualTo("Partner|Repeats");
                    assertThat(lines.get(table + 2)).isEqualTo("Kazakhstan|1");
                } else {
                    assertThat(lines).contains("Nhắc lại cam kết của chuyến thăm trước|1");
                    int table = lines.indexOf("Nhắc lại từ chuyến thăm trước, theo đối tác");
                    assertThat(lines.get(table + 2)).endsWith("|1");
                }
            }
        }
    }

    @Test
    void theWordReportSaysInEachPartnersSectionHowManyRepeatAnEarlierVisit() throws Exception {
        try (WorkspaceServices workspace = withKazakhstansTwoVisits()) {
            for (String language : List.of("en", "vi")) {
                Path out = dir.resolve("report-" + language + ".docx");
                workspace.reports().exportWord(new org.commitmentstracker.report.WordReportRequest(
                        secondQuarter2026(language), org.commitmentstracker.report.WordLetter.BLANK),
                        out, ReportProgress.NONE);
                String text;
                try (InputStream in = Files.newInputStream(out);
                     org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
                     org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor =
                             new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
                    text = extractor.getText();
                }
                assertThat(text).contains(language.equals("en")
                        ? "1 commitment repeats an undertaking of an earlier visit."
                        : "1 cam kết nhắc lại cam kết của chuyến thăm trước.");
            }
        }
    }

    /** A workspace holding Kazakhstan's statements of 2025 and 2026, the later repeating one of the earlier's. */
    private WorkspaceServices withKazakhstansTwoVisits() {
        WorkspaceServices workspace = WorkspaceServices.open(dir.resolve("data"), Clock.systemUTC(), Locale.ENGLISH, "Lan");
        workspace.imports().importAll(List.of(Path.of("src/test/resources/repeats/kz-2025.txt"),
                Path.of("src/test/resources/repeats/kz-2026.txt")));
        return workspace;
    }

    private static ReportRequest secondQuarter2026(String language) {
        return ReportRequest.of(ReportPeriod.quarter(2026, 2), ReportScope.ALL, language, ReportHeader.DEFAULT,
                LocalDate.of(2026, 6, 30));
    }
}
