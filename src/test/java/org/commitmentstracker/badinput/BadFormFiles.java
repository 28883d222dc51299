package org.commitmentstracker.badinput;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commitmentstracker.extract.read.ReadFixtures;
import org.commitmentstracker.model.UpdateFormLayout;

/**
 * The update forms of the corpus: a real form, exported from the corpus workspace, then spoiled as a file or
 * filled in wrongly in one row, with POI as Excel would save it. The rows not named are left as exported, so they
 * change nothing.
 */
final class BadFormFiles {
    private BadFormFiles() {
    }

    /** By file name; {@code form} is the exported form, {@code statement} a Word statement to pass off as one. */
    static Map<String, byte[]> all(byte[] form, byte[] statement, byte[] picture)
            throws IOException, GeneralSecurityException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("form-empty.xlsx", new byte[0]);
        files.put("form-is-a-statement.xlsx", statement);
        files.put("form-is-a-picture.xlsx", picture);
        files.put("form-password.xlsx", ReadFixtures.officeWithPassword(form));
        files.put("form-truncated.xlsx", Arrays.copyOf(form, form.length * 7 / 10));
        files.put("form-zip-bomb.xlsx", BadStatementFiles.withPart(form, "xl/media/image1.bin",
                new byte[BadStatementFiles.BOMB_BYTES]));
        String sheet = new String(ReadFixtures.entries(form).get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        files.put("form-xml-entity.xlsx", BadStatementFiles.withPart(form, "xl/worksheets/sheet1.xml", sheet
                .replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .getBytes(StandardCharsets.UTF_8)));
        files.put("form-damaged.xlsx", BadStatementFiles.withPart(form, "xl/worksheets/sheet1.xml",
                sheet.substring(0, sheet.length() / 2).getBytes(StandardCharsets.UTF_8)));
        files.put("form-not-a-form.xlsx", budget());
        files.put("form-hidden-details-changed.xlsx", edited(form, book -> book.getSheet(UpdateFormLayout.META_SHEET)
                .getRow(UpdateFormLayout.META_EXPORTED).getCell(0).setCellValue("1 October 2025")));
        files.put("form-wrong-columns.xlsx", filled(form, sheet1 -> sheet1.getRow(UpdateFormLayout.HEADER_ROW)
                .getCell(UpdateFormLayout.STATUS).setCellValue("Progress status")));
        files.put("form-unknown-id.xlsx", filled(form, sheet1 -> {
            first(sheet1).getCell(UpdateFormLayout.ID).setCellValue(99999);
            first(sheet1).getCell(UpdateFormLayout.NOTE).setCellValue("Two-way trade reached USD 2.4 billion");
        }));
        files.put("form-duplicate-id.xlsx", filled(form, sheet1 -> {
            int copy = sheet1.getLastRowNum() + 1;
            sheet1.copyRows(UpdateFormLayout.FIRST_DATA_ROW, UpdateFormLayout.FIRST_DATA_ROW, copy, new CellCopyPolicy());
            sheet1.getRow(copy).getCell(UpdateFormLayout.STATUS).setCellValue("Completed");
        }));
        files.put("form-formula.xlsx", filled(form, sheet1 -> first(sheet1).getCell(UpdateFormLayout.NOTE)
                .setCellFormula("CONCATENATE(\"Done on \",TEXT(TODAY(),\"dd/mm/yyyy\"))")));
        files.put("form-impossible-date.xlsx", filled(form, sheet1 -> first(sheet1)
                .getCell(UpdateFormLayout.NEW_DEADLINE).setCellValue("31/02/2025")));
        // The year alone, typed into the date-formatted cell: Excel keeps the number 2027 and shows 19/07/1905.
        files.put("form-wrong-type.xlsx", filled(form, sheet1 -> first(sheet1)
                .getCell(UpdateFormLayout.NEW_DEADLINE).setCellValue(2027)));
        files.put("form-status-not-in-list.xlsx", filled(form, sheet1 -> first(sheet1)
                .getCell(UpdateFormLayout.STATUS).setCellValue("Done")));
        files.put("form-row-added-by-hand.xlsx", filled(form, sheet1 -> {
            Row added = sheet1.createRow(sheet1.getLastRowNum() + 1);
            added.createCell(5).setCellValue("Open a trade office in Valparaiso");
            added.createCell(UpdateFormLayout.STATUS).setCellValue("In progress");
            added.createCell(UpdateFormLayout.NOTE).setCellValue("Premises found");
        }));
        files.put("form-hidden-version-changed.xlsx", filled(form, sheet1 -> {
            first(sheet1).getCell(UpdateFormLayout.CHANGED_AT).setCellValue("01/10/2025");
            first(sheet1).getCell(UpdateFormLayout.NOTE).setCellValue("Consultations held in Santiago");
        }));
        return files;
    }

    private static Row first(XSSFSheet sheet) {
        return sheet.getRow(UpdateFormLayout.FIRST_DATA_ROW);
    }

    /** The form with its first sheet filled in. */
    private static byte[] filled(byte[] form, Consumer<XSSFSheet> edits) throws IOException {
        return edited(form, book -> edits.accept(book.getSheetAt(0)));
    }

    private static byte[] edited(byte[] form, Consumer<XSSFWorkbook> edits) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(form));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edits.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A workbook of the ministry's own. */
    private static byte[] budget() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row header = book.createSheet("Budget 2026").createRow(0);
            header.createCell(0).setCellValue("Item");
            header.createCell(1).setCellValue("Amount (VND million)");
            book.write(out);
            return out.toByteArray();
        }
    }
}
