package org.commitmentstracker.importing;

import static org.commitmentstracker.model.UpdateFormLayout.COLUMNS;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.commitmentstracker.model.Labels;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UpdateFormLayout;
import org.commitmentstracker.report.UpdateForms;

/**
 * Reads a returned update form: checks that it is one of ours with its columns in place, then
 * reads every row, noting for each why it cannot be used (a formula, a status not in the list,
 * an impossible date, a link that is not a web address, a missing ID). Touches no store.
 */
public final class UpdateFormReader {
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final DataFormatter TEXT = new DataFormatter();

    private final Map<String, Status> statuses = new HashMap<>();

    public UpdateFormReader() {
        for (String language : List.of("en", "vi")) {
            Labels labels = new Labels(language);
            for (Status status : Status.values()) {
                statuses.put(key(labels.status(status)), status);
                statuses.put(key(status.name()), status);
                statuses.put(key(status.name().replace('_', ' ')), status);
            }
        }
    }

    FilledForm read(Path file) throws UnreadableFormException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableFormException(name, "is too large for an update form (over 20 MB)");
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableFormException(name, "was not found");
        } catch (IOException e) {
            throw new UnreadableFormException(name, "could not be read (" + e.getMessage() + ")");
        }
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            return read(name, workbook);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFormException(name, "is password-protected; save it without a password and try again");
        } catch (IOException | RuntimeException e) {
            // POI signals a non-Excel file, a damaged zip or a zip bomb with various exceptions.
            throw new UnreadableFormException(name, "is not an Excel workbook that can be read (" + e.getMessage() + ")");
        }
    }

    private FilledForm read(String name, Workbook workbook) throws UnreadableFormException {
        Sheet meta = workbook.getSheet(UpdateFormLayout.META_SHEET);
        if (meta == null || !UpdateFormLayout.MARKER.equals(text(meta, UpdateFormLayout.META_MARKER, 0))) {
            throw new UnreadableFormException(name, "is not an update form exported by Commitments Tracker");
        }
        String owner = text(meta, UpdateFormLayout.META_OWNER, 0);
        String language = text(meta, UpdateFormLayout.META_LANGUAGE, 0);
        Instant exportedAt;
        try {
            exportedAt = Instant.parse(text(meta, UpdateFormLayout.META_EXPORTED, 0));
        } catch (DateTimeParseException e) {
            throw new UnreadableFormException(name, "is an update form whose hidden details were changed");
        }
        Sheet sheet = workbook.getSheetAt(0);
        checkColumns(name, sheet, language);
        Row authorRow = sheet.getRow(UpdateFormLayout.AUTHOR_ROW);
        String author = authorRow == null ? "" : text(authorRow.getCell(UpdateFormLayout.AUTHOR_COLUMN));
        List<FilledForm.Row> rows = new ArrayList<>();
        for (int r = UpdateFormLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !blank(row)) {
                rows.add(row(row));
            }
        }
        return new FilledForm(name, owner, author.strip(), exportedAt, rows);
    }

    private void checkColumns(String name, Sheet sheet, String language) throws UnreadableFormException {
        List<String> expected = UpdateForms.headings("vi".equals(language) ? "vi" : "en");
        Row header = sheet.getRow(UpdateFormLayout.HEADER_ROW);
        for (int i = 0; i < COLUMNS.size(); i++) {
            String found = header == null ? "" : text(header.getCell(i));
            if (!found.equals(expected.get(i))) {
                throw new UnreadableFormException(name, "the columns are not those of the update form: column "
                        + CellReference.convertNumToColString(i) + " should be \"" + expected.get(i) + "\", found \""
                        + found + "\"");
            }
        }
    }

    private FilledForm.Row row(Row row) {
        int number = row.getRowNum() + 1;
        List<String> problems = new ArrayList<>();
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
                problems.add("column " + CellReference.convertNumToColString(cell.getColumnIndex())
                        + " holds a formula (=" + cell.getCellFormula() + "); type the value instead");
            }
        }
        Long id = null;
        String idText = text(row.getCell(UpdateFormLayout.ID));
        try {
            id = idText.isEmpty() ? null : (long) Double.parseDouble(idText);
        } catch (NumberFormatException e) {
            problems.add("the hidden ID \"" + idText + "\" is not a number");
        }
        if (id == null && idText.isEmpty()) {
            problems.add("the hidden ID is missing (was the row added by hand?)");
        }
        Instant version = null;
        try {
            version = Instant.parse(text(row.getCell(UpdateFormLayout.CHANGED_AT)));
        } catch (DateTimeParseException e) {
            problems.add("the hidden version was changed");
        }
        Status status = null;
        String statusText = text(row.getCell(UpdateFormLayout.STATUS));
        if (!statusText.isEmpty()) {
            status = statuses.get(key(statusText));
            if (status == null) {
                problems.add("status \"" + statusText + "\" is not one of the list");
            }
        }
        LocalDate deadline = null;
        Cell deadlineCell = row.getCell(UpdateFormLayout.NEW_DEADLINE);
        if (deadlineCell != null && deadlineCell.getCellType() == CellType.NUMERIC) {
            deadline = DateUtil.getLocalDateTime(deadlineCell.getNumericCellValue()).toLocalDate();
        } else {
            String deadlineText = text(deadlineCell);
            if (!deadlineText.isEmpty()) {
                Optional<LocalDate> parsed = FormDates.parse(deadlineText);
                if (parsed.isEmpty()) {
                    problems.add("new deadline \"" + deadlineText + "\" is not a date (write it as 31/12/2026)");
                }
                deadline = parsed.orElse(null);
            }
        }
        String note = text(row.getCell(UpdateFormLayout.NOTE));
        String link = text(row.getCell(UpdateFormLayout.EVIDENCE));
        if (!link.isEmpty() && !isWebAddress(link)) {
            problems.add("evidence \"" + link + "\" is not a web address (http:// or https://)");
        }
        if (note.isEmpty() && !link.isEmpty()) {
            problems.add("evidence is given without a progress note");
        }
        return new FilledForm.Row(number, id, version, status, deadline, note.isEmpty() ? null : note,
                link.isEmpty() ? null : link, problems.isEmpty() ? null : String.join("; ", problems));
    }

    private static boolean blank(Row row) {
        for (Cell cell : row) {
            if (!text(cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? "" : text(r.getCell(column));
    }

    /** A cell's text as shown; a formula's own text is never evaluated. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return "=" + cell.getCellFormula();
        }
        return Normalizer.normalize(TEXT.formatCellValue(cell), Normalizer.Form.NFC).strip();
    }

    private static String key(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }
}
