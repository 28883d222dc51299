package org.commitmentstracker.extract.read;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.commitmentstracker.model.Explained;
import org.commitmentstracker.model.Explanation;

/**
 * Why a file cannot be read: a {@link StatementProblem} for programs and words for a desk officer,
 * {@code "<file name>: <reason>"} in English (the command line, the log); the window says it from its bundles by
 * {@link #wordsKey()} and {@link #values()}, which never name the file (the window shows it beside them).
 */
public class UnreadableStatementException extends Exception implements Explained {
    private final String fileName;
    private final StatementProblem problem;
    private final String reason;
    private String words;
    private List<Object> values = List.of();

    public UnreadableStatementException(String fileName, StatementProblem problem, String reason) {
        this(fileName, problem, reason, null);
    }

    public UnreadableStatementException(String fileName, StatementProblem problem, String reason, Throwable cause) {
        super(oneLine(fileName) + ": " + oneLine(reason), cause);
        this.fileName = fileName;
        this.problem = problem;
        this.reason = reason;
        this.words = problem.name();
    }

    /**
     * Which of the window's words say it and what they name, where the problem's own words
     * ({@code statement.problem.<PROBLEM>}, naming nothing) do not fit.
     *
     * @param variant the words' key after {@code statement.problem.} ("OTHER_FORMAT.RTF"); null for the problem's own
     * @return this, to be thrown
     */
    public UnreadableStatementException saying(String variant, Object... named) {
        this.words = variant == null ? problem.name() : variant;
        this.values = Collections.unmodifiableList(Arrays.asList(named.clone()));
        return this;
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

    /** The reason, in English without the file name, and the window's words. */
    @Override
    public Explanation words() {
        return new Explanation(reason, "statement.problem." + words, values);
    }

    // File names on Linux may hold line breaks; the message must stay one line in a list of errors.
    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\R", " ");
    }
}
