package org.commitmentstracker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.commitmentstracker.model.StatementDeletion;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code delete-statement [--data-dir DIR] --id N [--yes]}: deletes a statement with its
 * commitments and their history, through the same service as the Statements tab (a backup
 * first, the deletion logged, signed by the workspace's author). Without {@code --yes} it only
 * says what would go. Exit code 1 when there is no such statement or it could not be deleted.
 */
@Command(name = "delete-statement", mixinStandardHelpOptions = true,
        description = "Deletes a statement with its commitments and their history, after a backup; --yes to confirm.")
public final class DeleteStatementCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--id", required = true, paramLabel = "N", description = "The statement's ID (statementId in `list --json`).")
    long id;

    @Option(names = "--yes", description = "Delete it; without this, only say what would be deleted.")
    boolean yes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (WorkspaceServices workspace = dataDir.open(Clock.systemDefaultZone())) {
            var extent = workspace.statements().extent(id).orElse(null);
            if (extent == null) {
                err.println("There is no statement " + id + " in " + (workspace.onServer() ? workspace.serverAddress()
                        : workspace.folder()));
                err.flush();
                return 1;
            }
            if (!yes) {
                out.printf("Statement %d \"%s\" has %s and %s. Run again with --yes to "
                        + "delete them (%s).%n", id, extent.title(), Counted.of(extent.commitments(), "commitment"),
                        Counted.of(extent.historyEntries(), "history entry", "history entries"), workspace.onServer() ? "the server is backed up by IT"
                        : "a backup is made first");
                out.flush();
                return 0;
            }
            StatementDeletion deleted = workspace.statements().delete(id, workspace.settings().author());
            out.printf("Deleted statement %d \"%s\": %s and %s, signed \"%s\". Backup: %s%n",
                    id, deleted.title(), Counted.of(deleted.commitments(), "commitment"),
                    Counted.of(deleted.historyEntries(), "history entry", "history entries"), deleted.deletedBy(),
                    deleted.backup() != null ? deleted.backup() : "the server's, made by IT (pg_dump)");
            out.flush();
            return 0;
        } catch (IOException | WorkspaceException e) {
            err.println("Statement " + id + " was not deleted: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
