package org.commitmentstracker.io;

/** Why {@link ZipInspector} refused an archive: a {@link Why} for programs and a reason in words. */
public final class ArchiveRefusedException extends Exception {
    /** What is wrong with the archive. */
    public enum Why {
        /** Its end is missing: cut short in a download or copy. */
        TRUNCATED,
        /** Not a ZIP archive that can be read; callers say what it should have been. */
        DAMAGED,
        /** It expands far beyond what a document does. */
        ZIP_BOMB,
        /** An XML part declares a DOCTYPE or an entity. */
        XML_ENTITY
    }

    private final Why why;
    private final String reason;

    ArchiveRefusedException(String fileName, Why why, String reason) {
        this(fileName, why, reason, null);
    }

    ArchiveRefusedException(String fileName, Why why, String reason, Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.why = why;
        this.reason = reason;
    }

    public Why why() {
        return why;
    }

    public String reason() {
        return reason;
    }
}
