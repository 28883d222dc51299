package org.commitmentstracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.service.WorkspaceServices;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `export-calendar` as a script runs it, in process, on the sample workspace. */
class ExportCalendarCommandTest {
    @TempDir
    Path dir;
    Path data;
    List<CommitmentOverview> open;

    @BeforeEach
    void sampleWorkspace() {
        data = dir.resolve("data");
        try (WorkspaceServices workspace = WorkspaceServices.open(data, Clock.systemUTC(), Locale.ENGLISH, "someone")) {
            workspace.prepareFirstRun();
            open = workspace.commitments().overview().stream()
                    .filter(c -> c.deadline() != null && !c.status().isClosed()).toList();
        }
    }

    static List<VEvent> events(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new CalendarBuilder().build(in).getComponents("VEVENT");
        }
    }

    static List<String> uids(Path file) throws Exception {
        return events(file).stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).sorted().toList();
    }

    @Test
    void writesOneEventPerOpenCommitmentWithADeadlineAndTheSameUidsEachTime() throws Exception {
        Path out = dir.resolve("deadlines.ics");

        Run run = Run.of("export-calendar", "--data-dir", data.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(open).isNotEmpty();
        assertThat(run.out()).startsWith("Wrote " + out + ": " + open.size() + " deadlines");
        assertThat(events(out)).hasSize(open.size());
        List<String> first = uids(out);
        Run again = Run.of("export-calendar", "--data-dir", data.toString(), "--out", out.toString(), "--lang", "vi");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(uids(out)).isEqualTo(first);
    }

    @Test
    void theOwnerOptionNarrowsAndAnUnknownCodeIsToldWithTheCodesThereAre() throws Exception {
        String owner = open.stream().filter(c -> c.owner() != null).findFirst().orElseThrow().owner().code();
        Path out = dir.resolve("owner.ics");

        Run run = Run.of("export-calendar", "--data-dir", data.toString(), "--owner", owner.toLowerCase(Locale.ROOT),
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(events(out)).hasSize((int) open.stream()
                .filter(c -> c.owner() != null && c.owner().code().equals(owner)).count());

        Run unknown = Run.of("export-calendar", "--data-dir", data.toString(), "--owner", "XYZ", "--out",
                dir.resolve("x.ics").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("No agency has the code XYZ; the codes are: ").contains("MOIT");
        assertThat(dir.resolve("x.ics")).doesNotExist();
    }

    @Test
    void aFileThatCannotBeWrittenIsToldInWordsWithItsPath() throws Exception {
        Run folder = Run.of("export-calendar", "--data-dir", data.toString(), "--out",
                dir.resolve("nope/d.ics").toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains("d.ics: the folder").contains("does not exist");

        Run notIcs = Run.of("export-calendar", "--data-dir", data.toString(), "--out", dir.resolve("d.txt").toString());
        assertThat(notIcs.exitCode()).isEqualTo(2);
        assertThat(notIcs.err()).contains("d.txt: a calendar file is named .ics");

        // /sys takes no new files, from anyone, root included: a real refusal by the kernel.
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/sys/kernel")), "a Linux /sys");
        Path sys = Path.of("/sys/kernel/d.ics");
        Run refused = Run.of("export-calendar", "--data-dir", data.toString(), "--out", sys.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith(sys + ": the calendar could not be written (permission denied")
                .doesNotContain("Exception", "\tat ", ".tmp");
        assertThat(sys).doesNotExist();
    }
}
