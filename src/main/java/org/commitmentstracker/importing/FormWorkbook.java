package org.commitmentstracker.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.commitmentstracker.io.ArchiveRefusedException;
import org.commitmentstracker.io.FileNames;
import org.commitmentstracker.io.IoFailures;
import org.commitmentstracker.io.ZipInspector;

/**
 * Opens a returned form as a POI workbook, or says in one class and one sentence why it cannot be. The archive
 * is checked before POI reads it, as statements are: POI builds the whole sheet in memory (a 15 MB sheet took
 * 200 MB), so what it may expand to is bounded.
 */
final class FormWorkbook {
    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Some 25,000 rows; a form holds one owner's open commitments. */
    static final long MAX_EXPANDED_BYTES = 20L * 1024 * 1024;
    static final String NOT_A_WORKBOOK = "is not an Excel workbook that can be read";
    static final String DAMAGED = "is damaged and cannot be read as an Excel workbook";

    private FormWorkbook() {
    }

    static Workbook open(Path file) throws UnreadableFormException {
        String name = FileNames.of(file);
        byte[] bytes = read(file, name);
        FileMagic kind = FileMagic.valueOf(bytes);
        boolean zip = kind == FileMagic.OOXML;
        if (zip) {
            requireSpreadsheetArchive(name, bytes);
        } else if (kind != FileMagic.OLE2) {
            // Neither a ZIP (.xlsx) nor an OLE2 container (.xls, or an .xlsx with a password).
            throw new UnreadableFormException(name, FormProblem.NOT_A_WORKBOOK, NOT_A_WORKBOOK);
        }
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFormException(name, FormProblem.PASSWORD_PROTECTED,
                    "is password-protected; save it without a password and try again");
        } catch (IOException | RuntimeException e) {
            // An archive that passed the checks is a spreadsheet POI could not read; an OLE2 file is a Word
            // or PowerPoint one as often as a damaged .xls.
            throw zip ? new UnreadableFormException(name, FormProblem.DAMAGED, DAMAGED)
                    : new UnreadableFormException(name, FormProblem.NOT_A_WORKBOOK, NOT_A_WORKBOOK);
        }
    }

    private static byte[] read(Path file, String name) throws UnreadableFormException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableFormException(name, FormProblem.TOO_LARGE,
                        "is too large for an update form (over 20 MB)");
            }
            if (size == 0) {
                throw new UnreadableFormException(name, FormProblem.EMPTY, "is empty");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) MAX_BYTES);
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableFormException(name, FormProblem.NOT_FOUND, "was not found");
        } catch (IOException e) {
            throw new UnreadableFormException(name, FormProblem.READ_ERROR,
                    "could not be read (" + IoFailures.reason(e) + ")", IoFailures.reason(e));
        }
    }

    private static void requireSpreadsheetArchive(String name, byte[] bytes) throws UnreadableFormException {
        ZipInspector.Contents contents;
        try {
            contents = ZipInspector.check(name, bytes, MAX_EXPANDED_BYTES);
        } catch (ArchiveRefusedException e) {
            throw switch (e.why()) {
                case TRUNCATED -> new UnreadableFormException(name, FormProblem.TRUNCATED, e.reason());
                case ZIP_BOMB -> new UnreadableFormException(name, FormProblem.ZIP_BOMB, e.reason());
                case XML_ENTITY -> new UnreadableFormException(name, FormProblem.XML_ENTITY, e.reason());
                case DAMAGED -> new UnreadableFormException(name, FormProblem.DAMAGED, DAMAGED);
            };
        }
        if (!contents.excel()) {
            throw new UnreadableFormException(name, FormProblem.NOT_A_WORKBOOK, NOT_A_WORKBOOK);
        }
    }
}
