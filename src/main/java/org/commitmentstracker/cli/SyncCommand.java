package org.commitmentstracker.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.commitmentstracker.service.OfflineCopy;
import org.commitmentstracker.service.SyncConflict;
import org.commitmentstracker.service.SyncOrigin;
import org.commitmentstracker.service.SyncReport;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.ServerFailureException;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sync --data-dir DIR}: sends an offline copy's changes to its server and takes the server's.
 * Prints what was sent, received and what conflicts; exit code 1 when a conflict is left (nothing was
 * overwritten: see {@code conflicts} and {@code resolve}) or the sync was refused or cut off (run it again:
 * nothing is applied twice).
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sends an offline copy's changes to its server and takes the server's.")
public final class SyncCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (WorkspaceServices workspace = WorkspaceServices.open(dataDir.dataDir(), Clock.systemUTC())) {
            OfflineCopy copy = workspace.offlineCopy();
            SyncOrigin origin = copy.origin().orElseThrow(() -> new WorkspaceException("The workspace in "
                    + workspace.folder() + " is not an offline copy: take one with checkout first."));
            SyncReport report;
            try {
                report = copy.sync(dataDir.password(origin.serverAddress(), origin.user()),
                        OfflineCopy.SyncProgress.NONE);
            } catch (ServerFailureException e) {
                // Refused before anything was sent (unreachable, login refused...): say that nothing is lost.
                return Refusal.refuse(err, 1, e.getMessage() + " Nothing was sent: this laptop keeps its "
                        + counted(copy.pendingChanges(), "change") + " until a sync gets through.");
            }
            out.printf("Synced with %s: sent %s, received %s.%n", origin.serverAddress(),
                    counted(report.sent(), "change"), counted(report.received(), "change"));
            printDeletions(out, origin.serverAddress(), report);
            printConflicts(out, report.conflicts());
            out.flush();
            return report.conflicts().isEmpty() ? 0 : 1;
        } catch (WorkspaceException e) {
            return Refusal.refuse(err, 1, e.getMessage());
        }
    }

    /** One line per statement deleted on the server (with the changes not sent) or refused deletion there. */
    static void printDeletions(PrintWriter out, String server, SyncReport report) {
        for (SyncReport.DeletedOnServer d : report.deletedOnServer()) {
            out.printf("Deleted here because %s deleted it on %s (%s): \"%s\"", d.deletedBy(), server, d.deletedAt(),
                    d.title());
            if (!d.unsent().isEmpty()) {
                out.printf("; %s made here dropped, not sent (%s); they are in the backup %s",
                        counted(d.unsent().size(), "change"), d.unsent().stream().map(SyncReport.UnsentChange::toString)
                                .collect(java.util.stream.Collectors.joining("; ")), d.backup());
            }
            out.println(".");
        }
        for (String title : report.deletionsRefused()) {
            out.printf("Not deleted on %s (only a tracker_admin login may delete statements): \"%s\" is back from "
                    + "the server.%n", server, title);
        }
    }

    /** One line per conflict, with both values; nothing when there is none. */
    static void printConflicts(PrintWriter out, List<SyncConflict> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        out.printf("%s left, nothing overwritten; settle each with: conflicts --resolve N --keep mine|theirs "
                + "(notes and next step also --merge TEXT), then sync again.%n", counted(conflicts.size(), "conflict"));
        for (SyncConflict c : conflicts) {
            out.printf("  #%d commitment %d (%s), %s: mine \"%s\", theirs \"%s\" (%s, %s)%n", c.id(), c.commitmentId(),
                    c.commitmentLabel(), c.field(), text(c.mine()), text(c.theirs()), c.theirAuthor(), c.theirTime());
        }
    }

    /** "1 change", "2 changes". */
    static String counted(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

}
