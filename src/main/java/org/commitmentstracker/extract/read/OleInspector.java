package org.commitmentstracker.extract.read;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;

/**
 * Names what an OLE2 compound file is. Word and Excel keep password-protected .docx/.xlsx in such a container
 * (EncryptionInfo + EncryptedPackage), so a ".docx" may be one; old .doc/.xls/.ppt files are too, and so is an e-mail
 * dragged out of Outlook (.msg). An old Word document is read ({@link DocReader}), an Outlook message too
 * ({@link MsgReader}); the others are refused in words.
 */
final class OleInspector {
    static final String PASSWORD = "is password-protected; remove the password and try again";

    private OleInspector() {
    }

    /**
     * The name of the container's Word stream ("WordDocument", in any case: some writers name it otherwise, and Word
     * and POI read those too), or null when it holds none a .doc reader should read.
     */
    static String wordStream(DirectoryNode root) {
        if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
            return null; // a .docx under a password, beside a stub WordDocument for old readers
        }
        for (Entry entry : root) {
            if (entry.getName().equalsIgnoreCase("WordDocument")) {
                return entry.getName();
            }
        }
        return null;
    }

    /** Whether an OLE2 container is an Outlook message (its properties stream, or its MAPI property streams). */
    static boolean outlookMessage(DirectoryNode root) {
        if (root.hasEntry("__properties_version1.0")) {
            return true;
        }
        for (Entry entry : root) {
            if (entry.getName().startsWith("__substg1.0_")) {
                return true;
            }
        }
        return false;
    }

    /** The refusal of a container that is no Word document (an encrypted .docx, an old Excel or Office file). */
    static UnreadableStatementException explain(String name, DirectoryNode root) {
        if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
            return new UnreadableStatementException(name, StatementProblem.PASSWORD_PROTECTED, PASSWORD);
        }
        if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
            return new UnreadableStatementException(name, StatementProblem.OTHER_FORMAT,
                    "is an old Excel file, not a statement").saying("OTHER_FORMAT.OLD_EXCEL");
        }
        return new UnreadableStatementException(name, StatementProblem.OTHER_FORMAT,
                "is an old Microsoft Office file, not a statement; save it as .docx").saying("OTHER_FORMAT.OLD_OFFICE");
    }
}
