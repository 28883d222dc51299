package org.commitmentstracker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.commitmentstracker.service.CalendarService;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export-calendar [--data-dir DIR | --server URL] [--owner CODE]… --out F.ics [--lang vi|en]}: the open
 * commitments' deadlines as an iCalendar file for Outlook or Thunderbird; exporting again gives the same
 * events, so importing the new file updates them.
 */
@Command(name = "export-calendar", mixinStandardHelpOptions = true,
        description = "Writes the deadlines of the open commitments as a calendar file (.ics) for Outlook or "
                + "Thunderbird: one all-day event each, reminders 14 and 3 days before.")
public final class ExportCalendarCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--owner", paramLabel = "CODE", description = "Only this owner agency, e.g. MOIT (repeatable).")
    List<String> owners = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE.ics", required = true, description = "The calendar file to write.")
    Path out;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "en",
            description = "Language of the events' words (default: en).")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!language.equals("en") && !language.equals("vi")) {
            return Refusal.refuse(err, 2, "--lang must be vi or en, not \"" + language + "\"");
        }
        try {
            CalendarService.checkOutput(out);
        } catch (IllegalArgumentException e) {
            return Refusal.refuse(err, 2, e.getMessage());
        }
        try (WorkspaceServices workspace = dataDir.open(Clock.systemDefaultZone())) {
            CalendarService.Written written = workspace.calendar().export(out, owners, language);
            PrintWriter console = spec.commandLine().getOut();
            console.printf("Wrote %s: %s of open commitments, each with reminders 14 and 3 days before.%n",
                    written.file(), Counted.of(written.events(), "deadline"));
            console.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            return Refusal.refuse(err, 2, e.getMessage());
        } catch (WorkspaceException e) {
            return Refusal.refuse(err, 1, e.getMessage());
        } catch (IOException e) {
            return Refusal.refuse(err, 1, out.toAbsolutePath() + ": the calendar could not be written ("
                    + org.commitmentstracker.io.IoFailures.reason(e) + "; no file was left there)");
        }
    }
}
