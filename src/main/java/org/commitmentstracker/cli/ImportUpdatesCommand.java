package org.commitmentstracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.commitmentstracker.service.UpdateFormService;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.importing.UnreadableFormException;
import org.commitmentstracker.importing.UpdatePreview;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-updates [--data-dir DIR] FILE [--dry-run]}: applies a returned update form.
 * Prints what happens to every row; exit code 1 when a row was rejected or in conflict or a cell of it ignored
 * (the rest is applied), 2 when the file is not a readable form (nothing is applied). A dry run only reads the
 * store, so it works while the app has the workspace open.
 */
@Command(name = "import-updates", mixinStandardHelpOptions = true,
        description = "Applies the updates of a returned update form (.xlsx).")
public final class ImportUpdatesCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Parameters(paramLabel = "FILE", description = "The filled-in update form.")
    Path file;

    @Option(names = "--dry-run", description = "Show what would change; change nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // A dry run only reads: it opens the store read-only, beside the app if the app has it open.
        try (WorkspaceServices workspace = dryRun ? dataDir.openToRead(Clock.systemUTC())
                : dataDir.open(Clock.systemUTC())) {
            UpdateFormService forms = workspace.updateForms();
            UpdatePreview preview = forms.preview(file, "en");
            for (UpdatePreview.RowOutcome row : preview.rows()) {
                String line = "row " + row.row() + (row.ref() == null || row.ref().isEmpty() ? "" : " (ref. " + row.ref() + ")")
                        + ": " + switch (row.outcome()) {
                            case APPLY -> (dryRun ? "would apply " : "applied ") + row.changes();
                            case UNCHANGED -> "nothing to change" + (row.changes().isEmpty() ? "" : "; " + row.changes());
                            case CONFLICT -> "conflict, " + row.changes();
                            case REJECTED -> "rejected, " + row.changes();
                        };
                (row.outcome() == UpdatePreview.Outcome.REJECTED || row.outcome() == UpdatePreview.Outcome.CONFLICT
                        || !row.warnings().isEmpty() ? err : out).println(line);
            }
            if (!dryRun) {
                forms.apply(preview);
            }
            out.printf("%s: %d %s, %d unchanged, %d in conflict, %d rejected, %d with cells ignored (signed \"%s\")%n",
                    preview.fileName(), preview.count(UpdatePreview.Outcome.APPLY), dryRun ? "to apply" : "applied",
                    preview.count(UpdatePreview.Outcome.UNCHANGED), preview.count(UpdatePreview.Outcome.CONFLICT),
                    preview.count(UpdatePreview.Outcome.REJECTED), preview.countWithWarnings(), preview.author());
            out.flush();
            err.flush();
            return preview.count(UpdatePreview.Outcome.REJECTED) + preview.count(UpdatePreview.Outcome.CONFLICT)
                    + preview.countWithWarnings() > 0 ? 1 : 0;
        } catch (UnreadableFormException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        } catch (WorkspaceException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
    }
}
