package org.commitmentstracker.store;

/** A problem with the workspace that the user must be told about, in words, naming the path. */
public class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
