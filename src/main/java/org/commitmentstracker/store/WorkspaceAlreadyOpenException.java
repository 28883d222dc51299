package org.commitmentstracker.store;

import java.nio.file.Path;

/** Another running app holds the workspace's lock. */
public class WorkspaceAlreadyOpenException extends WorkspaceException {
    public WorkspaceAlreadyOpenException(Path folder) {
        super(Problem.ALREADY_OPEN, "The workspace in " + folder + " is already open in another Commitments Tracker "
                + "window. Close that window first, or start with another --data-dir.", null, folder);
    }
}
