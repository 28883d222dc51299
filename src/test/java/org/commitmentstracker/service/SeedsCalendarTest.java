package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.component.VEvent;
import org.commitmentstracker.model.CommitmentOverview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar of the three seed statements, read back with ical4j (issue 18's check). */
class SeedsCalendarTest {
    @TempDir
    Path dir;

    @Test
    void theSeedsCalendarHoldsTheirOpenCommitmentsWithADeadlineEachWithTwoRemindersUnderStableUids()
            throws Exception {
        try (WorkspaceServices workspace = WorkspaceServices.open(dir.resolve("data"), Clock.systemUTC(), Locale.ENGLISH,
                "Lan")) {
            workspace.imports().importAll(List.of(seed("000_0201c7e0e5d491ab.txt"), seed("001_95b90d5a4b3eee68.txt"),
                    seed("002_c1bc1736642b0737.txt")));
            List<CommitmentOverview> all = workspace.commitments().overview();
            assertThat(all).hasSizeGreaterThan(50);
            Set<Long> expected = all.stream().filter(c -> c.deadline() != null && !c.status().isClosed())
                    .map(CommitmentOverview::commitmentId).collect(Collectors.toSet());
            assertThat(expected).isNotEmpty();

            Path first = dir.resolve("seeds.ics");
            assertThat(workspace.calendar().export(first, List.of(), "vi").events()).isEqualTo(expected.size());
            List<VEvent> events = CalendarServiceTest.read(first).getComponents("VEVENT");
            assertThat(events.stream().map(CalendarServiceTest::idOf).collect(Collectors.toSet())).isEqualTo(expected);
            for (VEvent event : events) {
                CommitmentOverview c = all.stream()
                        .filter(o -> o.commitmentId() == CalendarServiceTest.idOf(event)).findFirst().orElseThrow();
                assertThat(CalendarServiceTest.value(event, net.fortuna.ical4j.model.Property.DTSTART))
                        .isEqualTo(c.deadline().toString().replace("-", ""));
                assertThat(event.getAlarms()).extracting(a -> CalendarServiceTest.days(a.getTrigger().orElseThrow()
                        .getDuration())).containsExactly(-14L, -3L);
            }
            Path second = dir.resolve("again.ics");
            workspace.calendar().export(second, List.of(), "vi");
            assertThat(CalendarServiceTest.uids(second)).isEqualTo(CalendarServiceTest.uids(first));
        }
    }

    private static Path seed(String name) throws Exception {
        return Path.of(SeedsCalendarTest.class.getResource("/corpus/seeds/" + name).toURI());
    }
}
