package org.commitmentstracker.extract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Names what an OLE2 compound file is. Word and Excel keep password-protected .docx/.xlsx in such a container
 * (EncryptionInfo + EncryptedPackage), so a ".docx" may be one; old .doc/.xls/.ppt files are too. An old Word
 * document is read ({@link DocReader}); the others are refused in words.
 */
final class OleInspector {
    static final String PASSWORD = "is password-protected; remove the password and try again";

    private OleInspector() {
    }

    /** Whether the container holds an old Word document (.doc), which {@link DocReader} reads. */
    static boolean isWordDocument(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return false; // a .docx under a password, beside a stub WordDocument for old readers
            }
            // Some writers name the stream in other cases ("worddocument"); Word and POI read those too.
            for (org.apache.poi.poifs.filesystem.Entry entry : fs.getRoot()) {
                if (entry.getName().equalsIgnoreCase("WordDocument")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false; // explain() names the damage
        }
    }

    /** Always throws: none of these (an encrypted .docx, an old Excel or PowerPoint file) can be read as a statement. */
    static UnreadableStatementException explain(String name, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return new UnreadableStatementException(name, StatementProblem.PASSWORD_PROTECTED, PASSWORD);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return new UnreadableStatementException(name, StatementProblem.OTHER_FORMAT,
                        "is an old Excel file, not a statement").saying("OTHER_FORMAT.OLD_EXCEL");
            }
            return new UnreadableStatementException(name, StatementProblem.OTHER_FORMAT,
                    "is an old Microsoft Office file, not a statement; save it as .docx")
                    .saying("OTHER_FORMAT.OLD_OFFICE");
        } catch (IOException | RuntimeException e) {
            return new UnreadableStatementException(name, StatementProblem.DAMAGED, DocxReader.DAMAGED, e)
                    .saying("DAMAGED.WORD");
        }
    }
}
