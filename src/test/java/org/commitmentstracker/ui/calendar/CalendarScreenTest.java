package org.commitmentstracker.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.ui.ScreenTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Add deadlines to my calendar… in the real window: the file chosen, written, and the notice that says so. */
class CalendarScreenTest extends ScreenTest {
    @TempDir
    Path dir;

    @Test
    void theMenuWritesTheOpenDeadlinesWhereChosenAndSaysHowManyAndHowToOpenThem() throws Exception {
        window.showCommitments();
        Path chosen = dir.resolve("my deadlines");
        window.pickNext(chosen);

        window.startMenuItem("calendarMenuItem");

        Parent notice = window.dialog("progressNotice");
        DialogPane pane = (DialogPane) notice;
        waitFor(() -> pane.getContentText() != null && pane.getContentText().contains("Thunderbird"));
        Path file = dir.resolve("my deadlines.ics");
        List<CommitmentOverview> open = window.store().commitments().overview().stream()
                .filter(c -> c.deadline() != null && !c.status().isClosed()).toList();
        assertThat(pane.getContentText()).startsWith(open.size() + " deadlines of open commitments written to " + file);
        List<VEvent> events;
        try (InputStream in = Files.newInputStream(file)) {
            events = new CalendarBuilder().build(in).getComponents("VEVENT");
        }
        assertThat(events).extracting(e -> Long.parseLong(e.getProperty(Property.UID).orElseThrow().getValue()
                .split("-")[1])).containsExactlyInAnyOrderElementsOf(open.stream()
                .map(CommitmentOverview::commitmentId).toList());
        assertThat(events).allSatisfy(e -> assertThat(e.getAlarms()).hasSize(2));
    }
}
