package org.commitmentstracker.importing;

/** An update form that cannot be read at all; nothing of it was applied. */
public final class UnreadableFormException extends Exception {
    private final String fileName;
    private final String reason;

    public UnreadableFormException(String fileName, String reason) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public String reason() {
        return reason;
    }
}
