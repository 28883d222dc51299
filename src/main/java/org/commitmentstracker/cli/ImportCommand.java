package org.commitmentstracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import [--data-dir DIR] FILE...}: stores statements with their units and commitments.
 * Each file lands whole or not at all; the exit code is 1 when any file failed.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports statements (files or folders) into the workspace.")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Statements, or folders of statements.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ImportOutcome> outcomes;
        try (WorkspaceServices workspace = dataDir.open(Clock.systemUTC())) {
            outcomes = workspace.withAgencies().imports().importAll(files);
        } catch (WorkspaceException e) {
            err.println(e.getMessage());
            return 1;
        }
        boolean failed = false;
        for (ImportOutcome outcome : outcomes) {
            if (outcome instanceof ImportOutcome.Imported i) {
                out.printf("Imported %s: %s%s (\"%s\")%n", i.fileName(), Counted.of(i.commitments(), "commitment"),
                        i.repeating() == 0 ? "" : ", " + i.repeating() + " repeating an earlier statement's", i.title());
                i.warnings().forEach(w -> err.println(i.fileName() + ": " + w));
            } else if (outcome instanceof ImportOutcome.AlreadyImported a) {
                out.printf("Skipped %s: this statement is already in the workspace%n", a.fileName());
            } else if (outcome instanceof ImportOutcome.Failed f) {
                err.println(f.message());
                failed = true;
            }
        }
        out.flush();
        err.flush();
        return failed ? 1 : 0;
    }
}
