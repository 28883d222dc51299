package org.commitmentstracker.importing;

/** An update form that cannot be read at all; nothing of it was applied. */
public final class UnreadableFormException extends Exception {
    private final String fileName;
    private final FormProblem problem;
    private final String reason;

    public UnreadableFormException(String fileName, FormProblem problem, String reason) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
        this.problem = problem;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public FormProblem problem() {
        return problem;
    }

    public String reason() {
        return reason;
    }
}
