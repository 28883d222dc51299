package org.commitmentstracker.ui.workspace;

import java.nio.file.Path;

/**
 * Where the officer works: a data folder on this laptop, a team workspace on a server, or an
 * offline copy of one.
 *
 * @param folder the data folder (this laptop's folder for a team workspace)
 * @param server the server's address without parameters; null on this laptop
 * @param login  the database login; null on this laptop
 */
public record WorkspacePlace(Kind kind, Path folder, String server, String login) {
    public enum Kind { LAPTOP, SERVER, OFFLINE_COPY }

    public static WorkspacePlace laptop(Path folder) {
        return new WorkspacePlace(Kind.LAPTOP, folder, null, null);
    }
}
