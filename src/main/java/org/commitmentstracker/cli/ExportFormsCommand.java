package org.commitmentstracker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export-forms [--data-dir DIR] --out-dir DIR [--owner CODE]... [--lang vi|en]}: one update form per owner. */
@Command(name = "export-forms", mixinStandardHelpOptions = true,
        description = "Writes an update form (.xlsx) for each owner with open commitments.")
public final class ExportFormsCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--out-dir", paramLabel = "DIR", required = true, description = "The folder to write the forms to.")
    Path outDir;

    @Option(names = "--owner", paramLabel = "CODE", description = "Only this owner, e.g. MOIT (repeatable).")
    List<String> owners = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", description = "Language (default: vi).")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(outDir)) {
            err.println(outDir + ": the folder does not exist");
            err.flush();
            return 2;
        }
        if (!language.equals("en") && !language.equals("vi")) {
            err.println("--lang must be vi or en, not \"" + language + "\"");
            err.flush();
            return 2;
        }
        try (WorkspaceServices workspace = dataDir.open(Clock.systemDefaultZone())) {
            List<Path> files = workspace.updateForms().exportForms(outDir,
                    new HashSet<>(owners.stream().map(o -> o.toUpperCase(Locale.ROOT)).toList()), language);
            files.forEach(f -> out.println("Wrote " + f));
            if (files.isEmpty()) {
                out.println("No owner has open commitments: no form was written.");
            }
            out.flush();
            return 0;
        } catch (WorkspaceException e) {
            err.println(e.getMessage());
        } catch (IOException e) {
            err.println(outDir + ": the forms could not be written (" + e.getMessage() + ")");
        }
        err.flush();
        return 1;
    }
}
