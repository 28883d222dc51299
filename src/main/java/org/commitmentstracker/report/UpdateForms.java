package org.commitmentstracker.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.CommitmentAsOf;
import org.commitmentstracker.model.UpdateFormLayout;
import org.commitmentstracker.store.ReportQueries;

/**
 * Update forms: one workbook per owner with their open commitments, for the ministry to fill
 * in and send back. A hidden ID column ties each row to its commitment, a hidden version
 * column records when it last changed (so a later change in the app shows as a conflict), the
 * columns the owner must not change are locked, and the status has a drop-down.
 */
public final class UpdateForms {
    private final ReportQueries queries;
    private final Clock clock;
    private final WholeFile files;

    public UpdateForms(ReportQueries queries, Clock clock) {
        this(queries, clock, WholeFile.ON_DISK);
    }

    UpdateForms(ReportQueries queries, Clock clock, WholeFile files) {
        this.queries = queries;
        this.clock = clock;
        this.files = files;
    }

    /**
     * Writes a form for each owner with open commitments (only {@code ownerCodes} when not
     * empty) into {@code folder}; returns the files written.
     */
    public List<Path> write(Path folder, Set<String> ownerCodes, String language) throws IOException {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Map<String, List<CommitmentAsOf>> byOwner = new LinkedHashMap<>();
        Map<String, Agency> owners = new LinkedHashMap<>();
        queries.forEachAsOf(now, today, c -> {
            if (c.owner() != null && !c.status().isClosed()
                    && (ownerCodes.isEmpty() || ownerCodes.contains(c.owner().code()))) {
                byOwner.computeIfAbsent(c.owner().code(), k -> new ArrayList<>()).add(c);
                owners.putIfAbsent(c.owner().code(), c.owner());
            }
        });
        ReportWords words = new ReportWords(language);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, List<CommitmentAsOf>> entry : byOwner.entrySet()) {
            Path file = folder.resolve(words.format("form.fileName", entry.getKey(), today.toString()));
            try {
                writeForm(owners.get(entry.getKey()), entry.getValue(), file, words, language, now);
            } catch (IOException e) {
                // Say which form failed; those written before it are whole and stay.
                throw new IOException(file.getFileName() + ": " + e.getMessage() + (written.isEmpty() ? ""
                        : "; the " + written.size() + " form(s) written before it are complete"), e);
            }
            written.add(file);
        }
        return written;
    }

    private void writeForm(Agency owner, List<CommitmentAsOf> rows, Path file, ReportWords words, String language,
                           Instant exportedAt) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook);
            CellStyle locked = workbook.createCellStyle();
            locked.cloneStyleFrom(styles.wrapped);
            locked.setLocked(true);
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle lockedQuoted = workbook.createCellStyle();
            lockedQuoted.cloneStyleFrom(locked);
            lockedQuoted.setQuotePrefixed(true);
            CellStyle open = workbook.createCellStyle();
            open.cloneStyleFrom(styles.wrapped);
            open.setLocked(false);
            CellStyle openDate = workbook.createCellStyle();
            openDate.cloneStyleFrom(styles.date);
            openDate.setLocked(false);
            CellStyle lockedDate = workbook.createCellStyle();
            lockedDate.cloneStyleFrom(locked);
            lockedDate.setDataFormat(styles.date.getDataFormat());
            lockedDate.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);

            XSSFSheet sheet = workbook.createSheet(words.get("form.sheet"));
            Row title = sheet.createRow(0);
            // Columns A and B (ID, version) are hidden: the visible block starts in C.
            title.createCell(2).setCellValue(words.format("form.title", owner.code() + " · " + owner.name(language)));
            title.getCell(2).setCellStyle(styles.title);
            Row author = sheet.createRow(UpdateFormLayout.AUTHOR_ROW);
            author.createCell(UpdateFormLayout.AUTHOR_COLUMN - 1).setCellValue(words.get("form.author"));
            Cell name = author.createCell(UpdateFormLayout.AUTHOR_COLUMN);
            name.setCellStyle(open);
            sheet.addMergedRegion(new CellRangeAddress(UpdateFormLayout.AUTHOR_ROW, UpdateFormLayout.AUTHOR_ROW,
                    UpdateFormLayout.AUTHOR_COLUMN, UpdateFormLayout.AUTHOR_COLUMN + 2));
            Row instructions = sheet.createRow(2);
            instructions.createCell(2).setCellValue(words.get("form.instructions"));
            // What each answer column takes, just above its heading; the headings themselves stay as they were,
            // since a returned form is recognised by them.
            Row hints = sheet.createRow(UpdateFormLayout.HEADER_ROW - 1);
            hints.setHeightInPoints(RowHeights.points(4));
            for (int column : new int[] {UpdateFormLayout.STATUS, UpdateFormLayout.NEW_DEADLINE, UpdateFormLayout.NOTE,
                    UpdateFormLayout.EVIDENCE}) {
                Cell hint = hints.createCell(column);
                hint.setCellValue(words.get("form.hint." + UpdateFormLayout.COLUMNS.get(column)));
                hint.setCellStyle(styles.hint);
            }
            int[] widths = {6, 20, 16, 10, 5, 39, 12, 14, 12, 26, 16};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            PrintLayout.landscape(sheet, words, 0);
            Row header = sheet.createRow(UpdateFormLayout.HEADER_ROW);
            header.setHeightInPoints(RowHeights.points(2));
            List<String> headings = UpdateFormLayout.headings(language);
            for (int i = 0; i < headings.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headings.get(i));
                cell.setCellStyle(styles.header);
            }
            int next = UpdateFormLayout.FIRST_DATA_ROW;
            for (CommitmentAsOf c : rows) {
                Row row = sheet.createRow(next++);
                row.createCell(UpdateFormLayout.ID).setCellValue(c.commitmentId());
                row.createCell(UpdateFormLayout.CHANGED_AT).setCellValue(c.changedAt().toString());
                SafeText.set(row.createCell(2), c.statementTitle(), locked, lockedQuoted);
                SafeText.set(row.createCell(3), words.partners(c.partners()), locked, lockedQuoted);
                SafeText.set(row.createCell(UpdateFormLayout.REF), c.ref(), locked, lockedQuoted);
                SafeText.set(row.createCell(5), c.text(), locked, lockedQuoted);
                Cell deadline = row.createCell(UpdateFormLayout.CURRENT_DEADLINE);
                if (c.deadline() != null) {
                    deadline.setCellValue(c.deadline());
                }
                deadline.setCellStyle(lockedDate);
                Cell status = row.createCell(UpdateFormLayout.STATUS);
                status.setCellValue(words.status(c.status()));
                status.setCellStyle(open);
                row.createCell(UpdateFormLayout.NEW_DEADLINE).setCellStyle(openDate);
                row.createCell(UpdateFormLayout.NOTE).setCellStyle(open);
                row.createCell(UpdateFormLayout.EVIDENCE).setCellStyle(open);
                row.getCell(UpdateFormLayout.ID).setCellStyle(locked);
                row.getCell(UpdateFormLayout.CHANGED_AT).setCellStyle(locked);
                row.setHeightInPoints(RowHeights.points(RowHeights.lines(c.text(), widths[5])));
            }
            int last = Math.max(UpdateFormLayout.FIRST_DATA_ROW, next - 1);
            StatusList.addDropDown(sheet, words, UpdateFormLayout.FIRST_DATA_ROW, last, UpdateFormLayout.STATUS);
            for (int i = 0; i < UpdateFormLayout.COLUMNS.size(); i++) {
                if (UpdateFormLayout.hidden(i)) {
                    sheet.setColumnHidden(i, true);
                }
            }
            sheet.createFreezePane(0, UpdateFormLayout.FIRST_DATA_ROW);
            sheet.setRepeatingRows(new CellRangeAddress(UpdateFormLayout.HEADER_ROW - 1, UpdateFormLayout.HEADER_ROW, -1, -1));
            // Locked cells stay locked; the four answer columns and the name are open. No password:
            // protection prevents slips, not a determined editor.
            sheet.protectSheet("");
            sheet.lockFormatColumns(false);
            sheet.lockAutoFilter(false);

            XSSFSheet meta = workbook.createSheet(UpdateFormLayout.META_SHEET);
            meta.createRow(UpdateFormLayout.META_MARKER).createCell(0).setCellValue(UpdateFormLayout.MARKER);
            meta.getRow(UpdateFormLayout.META_MARKER).createCell(1).setCellValue(UpdateFormLayout.VERSION);
            meta.createRow(UpdateFormLayout.META_OWNER).createCell(0).setCellValue(owner.code());
            meta.createRow(UpdateFormLayout.META_EXPORTED).createCell(0).setCellValue(exportedAt.toString());
            meta.createRow(UpdateFormLayout.META_LANGUAGE).createCell(0).setCellValue(language);
            workbook.setSheetHidden(workbook.getSheetIndex(meta), true);
            workbook.setActiveSheet(0);

            files.write(workbook, file);
        }
    }
}
