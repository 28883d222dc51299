package org.commitmentstracker.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.TypedDates;
import org.commitmentstracker.service.CommitmentEdit;
import org.commitmentstracker.service.EditClashException;
import org.commitmentstracker.service.EditRefusedException;
import org.commitmentstracker.service.StatusWords;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code edit [--data-dir DIR] ID [--status S] [--owner CODE] [--deadline D] [--note TEXT [--attach FILE]]}:
 * one change of a commitment, signed by the workspace's author, through the same service as
 * the detail pane. Exit code 1 when the change is refused (nothing is saved), 2 for a bad argument.
 * With {@code --attach}, the note and its file are added as the detail pane adds them, after the
 * other changes (the file is copied into the workspace; on a team workspace, kept on the server).
 */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Changes a commitment's status, owner or deadline, or adds a progress note, signed in its history.")
public final class EditCommand implements Callable<Integer> {
    static final String STATUS_CODES = Arrays.stream(Status.values()).map(Status::name)
            .collect(Collectors.joining(", "));

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Parameters(paramLabel = "ID", description = "The commitment's ID (see `list`).")
    long id;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "IN_PROGRESS, or the words in English or Vietnamese (\"In progress\", \"Đang thực hiện\").")
    String status;

    @Option(names = "--owner", paramLabel = "CODE", description = "The owner agency's code, e.g. MOIT.")
    String owner;

    @Option(names = "--deadline", paramLabel = "DATE", description = "The new deadline: 31/12/2026 or 2026-12-31.")
    String deadline;

    @Option(names = "--note", paramLabel = "TEXT", description = "A progress note to add to the log.")
    String note;

    @Option(names = "--attach", paramLabel = "FILE",
            description = "A file (a scan, a report) kept as the evidence of the --note; on a team workspace, on the server.")
    java.nio.file.Path attach;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Status newStatus = null;
        LocalDate newDeadline = null;
        if (status != null) {
            newStatus = StatusWords.parse(status).orElse(null);
            if (newStatus == null) {
                return Refusal.refuse(err, 2, "\"" + status + "\" is not a status (" + STATUS_CODES + ")");
            }
        }
        if (deadline != null) {
            newDeadline = TypedDates.parse(deadline).orElse(null);
            if (newDeadline == null) {
                return Refusal.refuse(err, 2, "\"" + deadline + "\" is not a date (write it as 31/12/2026 or 2026-12-31)");
            }
        }
        if (attach != null && note == null) {
            return Refusal.refuse(err, 2, "--attach needs a --note: the progress entry the file is the evidence of");
        }
        CommitmentEdit edit = new CommitmentEdit(newStatus, owner, newDeadline, attach == null ? note : null);
        try (WorkspaceServices workspace = dataDir.open(Clock.systemDefaultZone())) {
            String author = workspace.settings().author();
            if (attach == null || !edit.isEmpty()) {
                workspace.commitments().edit(id, edit, author);
            }
            if (attach != null) {
                try {
                    workspace.commitments().addProgress(id, note, author, null, attach);
                } catch (java.io.IOException e) {
                    return Refusal.refuse(err, 1, "Commitment " + id + ": the note was not added: " + e.getMessage()
                            + (edit.isEmpty() ? "" : " (the other changes were saved)"));
                }
            }
            out.printf("Saved commitment %d, signed \"%s\"%s%n", id, author,
                    attach == null ? "" : ", with " + attach.getFileName() + " attached");
            out.flush();
            return 0;
        } catch (EditRefusedException e) {
            return Refusal.refuse(err, 1, "Commitment " + id + " was not changed: " + e.getMessage());
        } catch (EditClashException e) {
            // Another officer saved between this command's read and its write: theirs stands.
            return Refusal.refuse(err, 1, "Commitment " + id + " was not changed: " + e.getMessage()
                    + "; run `list` to see it and edit again if yours should replace it");
        } catch (WorkspaceException e) {
            return Refusal.refuse(err, 1, e.getMessage());
        }
    }

}
