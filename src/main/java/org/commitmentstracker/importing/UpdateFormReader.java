package org.commitmentstracker.importing;

import static org.commitmentstracker.model.UpdateFormLayout.COLUMNS;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.commitmentstracker.io.FileNames;
import org.commitmentstracker.io.IoFailures;
import org.commitmentstracker.model.Explanation;
import org.commitmentstracker.model.Labels;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UpdateFormLayout;

/**
 * Reads a returned update form: checks that it is one of ours with its columns in place, then
 * reads every row, noting for each why it cannot be used (a missing or changed hidden ID or version) and which
 * of its optional cells are left out with a warning (a formula, a status not in the list, an impossible date).
 * Evidence is a web address or words. Touches no store.
 */
public final class UpdateFormReader {
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
        String name = FileNames.of(file);
        try (Workbook workbook = FormWorkbook.open(file)) {
            return read(name, workbook);
        } catch (IOException e) { // closing a workbook read from memory
            throw new UnreadableFormException(name, FormProblem.READ_ERROR,
                    "could not be read (" + IoFailures.reason(e) + ")", IoFailures.reason(e));
        } catch (RuntimeException e) {
            // POI parses some parts only when they are asked for; what fails then is a damaged workbook too.
            throw new UnreadableFormException(name, FormProblem.DAMAGED, FormWorkbook.DAMAGED);
        }
    }

    private FilledForm read(String name, Workbook workbook) throws UnreadableFormException {
        Sheet meta = workbook.getSheet(UpdateFormLayout.META_SHEET);
        if (meta == null || !UpdateFormLayout.MARKER.equals(text(meta, UpdateFormLayout.META_MARKER, 0))) {
            throw new UnreadableFormException(name, FormProblem.NOT_AN_UPDATE_FORM,
                    "is not an update form exported by Commitments Tracker");
        }
        String owner = text(meta, UpdateFormLayout.META_OWNER, 0);
        String language = text(meta, UpdateFormLayout.META_LANGUAGE, 0);
        Instant exportedAt;
        try {
            exportedAt = Instant.parse(text(meta, UpdateFormLayout.META_EXPORTED, 0));
        } catch (DateTimeParseException e) {
            throw new UnreadableFormException(name, FormProblem.HIDDEN_DETAILS_CHANGED,
                    "is an update form whose hidden details were changed");
        }
        Sheet sheet = workbook.getSheetAt(0);
        checkColumns(name, sheet, language);
        Row authorRow = sheet.getRow(UpdateFormLayout.AUTHOR_ROW);
        String author = authorRow == null ? "" : text(authorRow.getCell(UpdateFormLayout.AUTHOR_COLUMN));
        List<FilledForm.Row> rows = new ArrayList<>();
        String evidenceWord = UpdateFormLayout.headings(language).get(UpdateFormLayout.EVIDENCE);
        for (int r = UpdateFormLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !blank(row)) {
                rows.add(row(row, evidenceWord));
            }
        }
        return new FilledForm(name, owner, author.strip(), exportedAt, rows);
    }

    private void checkColumns(String name, Sheet sheet, String language) throws UnreadableFormException {
        List<String> expected = UpdateFormLayout.headings(language);
        Row header = sheet.getRow(UpdateFormLayout.HEADER_ROW);
        for (int i = 0; i < COLUMNS.size(); i++) {
            String found = header == null ? "" : text(header.getCell(i));
            if (!found.equals(expected.get(i))) {
                throw new UnreadableFormException(name, FormProblem.WRONG_COLUMNS,
                        "the columns are not those of the update form: column "
                        + CellReference.convertNumToColString(i) + " should be \"" + expected.get(i) + "\", found \""
                        + found + "\"", CellReference.convertNumToColString(i), expected.get(i), found);
            }
        }
    }

    private FilledForm.Row row(Row row, String evidenceWord) {
        int number = row.getRowNum() + 1;
        RowProblems problems = new RowProblems();
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            if (cell.getCellType() == CellType.FORMULA && (UpdateFormLayout.hidden(column) || UpdateFormLayout.editable(column))) {
                String letter = CellReference.convertNumToColString(column);
                Explanation reason = Explanation.of("column " + letter + " holds a formula (=" + cell.getCellFormula()
                        + "); type the value instead", "forms.row.FORMULA", letter, cell.getCellFormula());
                // A formula in the hidden ID or version leaves the row without its commitment; in an answer it
                // costs only that answer.
                if (UpdateFormLayout.hidden(column)) {
                    problems.add(RowProblem.FORMULA, reason);
                } else {
                    problems.warn(RowProblem.FORMULA, reason);
                }
            }
        }
        Long id = null;
        String idText = text(row.getCell(UpdateFormLayout.ID));
        try {
            id = idText.isEmpty() ? null : (long) Double.parseDouble(idText);
        } catch (NumberFormatException e) {
            problems.add(RowProblem.WRONG_TYPE, Explanation.of("the hidden ID \"" + idText + "\" is not a number",
                    "forms.row.ID_NOT_A_NUMBER", idText));
        }
        if (id == null && idText.isEmpty()) {
            problems.add(RowProblem.MISSING_ID, Explanation.of("the hidden ID is missing (was the row added by hand?)",
                    "forms.row.MISSING_ID"));
        }
        Instant version = null;
        try {
            version = Instant.parse(text(row.getCell(UpdateFormLayout.CHANGED_AT)));
        } catch (DateTimeParseException e) {
            // A row added by hand has no version either; its missing ID says all.
            if (!idText.isEmpty()) {
                problems.add(RowProblem.VERSION_CHANGED, Explanation.of("the hidden version was changed",
                        "forms.row.VERSION_CHANGED"));
            }
        }
        Status status = null;
        String statusText = answer(row, UpdateFormLayout.STATUS);
        if (!statusText.isEmpty()) {
            status = statuses.get(key(statusText));
            if (status == null) {
                problems.warn(RowProblem.STATUS_NOT_IN_LIST, Explanation.of("status \"" + statusText
                        + "\" is not one of the list", "forms.row.STATUS_NOT_IN_LIST", statusText));
            }
        }
        Cell deadlineCell = row.getCell(UpdateFormLayout.NEW_DEADLINE);
        LocalDate deadline = formula(deadlineCell) ? null
                : FormDates.newDeadline(deadlineCell, text(deadlineCell), problems);
        String note = answer(row, UpdateFormLayout.NOTE);
        String evidence = answer(row, UpdateFormLayout.EVIDENCE);
        // Evidence is a link or words (a document number: "Công văn số 123/BTC-HTQT"). Words go into the note,
        // which is what the log keeps; a link goes beside it. Evidence alone makes a note of its own.
        String link = isWebAddress(evidence) ? evidence : null;
        if (!evidence.isEmpty() && link == null) {
            note = (note.isEmpty() ? "" : note + " — ") + evidenceWord + ": " + evidence;
        } else if (note.isEmpty() && link != null) {
            note = evidenceWord + ": " + link;
        }
        return new FilledForm.Row(number, id, version, status, deadline, note.isEmpty() ? null : note,
                link, problems.first(), problems.reasons(), problems.warnings());
    }

    /** The text of an answer cell; a formula there is left out (and warned about). */
    private static String answer(Row row, int column) {
        Cell cell = row.getCell(column);
        return formula(cell) ? "" : text(cell);
    }

    private static boolean formula(Cell cell) {
        return cell != null && cell.getCellType() == CellType.FORMULA;
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
        if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
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
