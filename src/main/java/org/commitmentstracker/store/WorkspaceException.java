package org.commitmentstracker.store;

import java.util.Arrays;
import java.util.List;
import org.commitmentstracker.model.Explained;
import org.commitmentstracker.model.Explanation;

/**
 * A problem with the workspace that the user must be told about, in words, naming the path.
 * The message is English (the command line, the log); where the window says it, a
 * {@link Problem} and its values let it be said in the UI's language.
 */
public class WorkspaceException extends RuntimeException implements Explained {
    /** What went wrong, as a class the window has words for in each language. */
    public enum Problem {
        /** The target of a move is inside the workspace: values the target. */
        INTO_ITSELF,
        /** The target of a move holds files: values the target. */
        NOT_EMPTY,
        /** The copy of a move failed: values the target and the system's reason. */
        NOT_COPIED,
        /** The copy of a move was made but fails SQLite's check: values the target and the problems. */
        COPY_FAILED_CHECK,
        /** A file to restore is not a good store: values the file and the problems. */
        BACKUP_NOT_GOOD,
        /** A good backup could not be put in place: values the backup, the data folder, the reason and the kept store. */
        BACKUP_NOT_PUT_IN_PLACE,
        /** Values the folder and the system's reason. */
        CANNOT_CREATE_FOLDER,
        /** Values the path. */
        NOT_A_FOLDER,
        /** Values the folder and the system's reason. */
        CANNOT_WRITE_FOLDER,
        /** The store's file is some other file: values the file. */
        NOT_A_STORE,
        /** Another window holds the workspace: values the folder. */
        ALREADY_OPEN,
        /** Moving or copying a team workspace's store, which lives on its server: values the server's address. */
        ON_SERVER,
        /** Publishing into a server workspace that already holds statements: values the server's address. */
        SERVER_NOT_EMPTY
    }

    private final Problem problem;
    private final List<String> values;

    public WorkspaceException(String message) {
        this(null, message, null);
    }

    public WorkspaceException(String message, Throwable cause) {
        this(null, message, cause);
    }

    /** @param values what the words for {@code problem} name, in order (paths, reasons) */
    public WorkspaceException(Problem problem, String message, Throwable cause, Object... values) {
        super(message, cause);
        this.problem = problem;
        this.values = Arrays.stream(values).map(String::valueOf).toList();
    }

    /** What went wrong, or null for a problem the window has no words of its own for (it shows the message). */
    public Problem problem() {
        return problem;
    }

    /** {@link #problem()}'s name ("NOT_EMPTY"), or null: what the window looks its words up by. */
    public String problemCode() {
        return problem == null ? null : problem.name();
    }

    /** What the words for {@link #problem()} name, as text. */
    public List<String> values() {
        return values;
    }

    @Override
    public Explanation words() {
        return new Explanation(getMessage(), problem == null ? null : "workspace.problem." + problem.name(), values);
    }
}
