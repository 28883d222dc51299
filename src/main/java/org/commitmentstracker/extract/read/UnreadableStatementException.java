package org.commitmentstracker.extract.read;

/**
 * Why a file cannot be read: a {@link StatementProblem} for programs and words for a desk officer,
 * {@code "<file name>: <reason>"}.
 */
public class UnreadableStatementException extends Exception {
    private final String fileName;
    private final StatementProblem problem;
    private final String reason;

    public UnreadableStatementException(String fileName, StatementProblem problem, String reason) {
        this(fileName, problem, reason, null);
    }

    public UnreadableStatementException(String fileName, StatementProblem problem, String reason, Throwable cause) {
        super(oneLine(fileName) + ": " + oneLine(reason), cause);
        this.fileName = fileName;
        this.problem = problem;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public StatementProblem problem() {
        return problem;
    }

    public String reason() {
        return reason;
    }

    // File names on Linux may hold line breaks; the message must stay one line in a list of errors.
    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\R", " ");
    }
}
