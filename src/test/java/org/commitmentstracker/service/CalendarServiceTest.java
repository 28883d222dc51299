package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.commitmentstracker.model.CommitmentDraft;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar file read back with ical4j: the open commitments with a deadline, each with its reminders. */
class CalendarServiceTest {
    @TempDir
    Path dir;
    StoreFixture store;
    CalendarService calendar;
    Map<String, Long> ids;

    @BeforeEach
    void aWorkspaceWithDeadlines() {
        store = new StoreFixture(dir.resolve("data"));
        new BundledAgencies(store.agencies).loadIfEmpty();
        ids = insert(store, "Japan", List.of(
                new Unit("1", "MOIT", LocalDate.of(2025, 11, 30), "The two sides agreed to raise bilateral trade to "
                        + "USD 100 billion by removing barriers to the exports of farm produce and seafood products."),
                new Unit("2", "MOFA", LocalDate.of(2026, 3, 31), "The two sides will open a consulate in Da Nang."),
                new Unit("3", "MOIT", null, "The two sides will hold a trade fair."),
                new Unit("4", "MOST", LocalDate.of(2025, 12, 15), "The two sides will set up a science subcommittee."),
                new Unit("5", "MOFA", LocalDate.of(2025, 9, 1), "The two sides will sign a visa exemption agreement.")));
        // Closed ones are not followed up any more: no event.
        store.services.commitments().edit(ids.get("4"), new CommitmentEdit(Status.COMPLETED, null, null, null), "lan");
        store.services.commitments().edit(ids.get("2"), new CommitmentEdit(Status.IN_PROGRESS, null, null, null), "lan");
        calendar = store.services.calendar();
    }

    @AfterEach
    void close() {
        store.close();
    }

    record Unit(String ref, String owner, LocalDate deadline, String text) {
    }

    /** A statement of {@code partner} whose paragraphs are all commitments; the ids by ref. */
    static Map<String, Long> insert(StoreFixture store, String partner, List<Unit> units) {
        List<UnitDraft> drafts = new ArrayList<>();
        for (Unit u : units) {
            drafts.add(new UnitDraft(new StatementUnit(null, drafts.size(), u.ref(), UnitKind.COMMITMENT, null, u.text(),
                    "agreed"), new CommitmentDraft(Sector.ECO, u.owner(), u.deadline(), "both", null)));
        }
        String text = units.stream().map(Unit::text).collect(Collectors.joining("\n"));
        Statement statement = new Statement(null, "Joint Statement with " + partner, List.of(partner),
                LocalDate.of(2025, 3, 12), "Ha Noi", "en", null, null, null, text, null);
        long id = store.statements.insert(new StatementDraft(statement, drafts)).orElseThrow();
        return store.commitments.idsByRef(id);
    }

    static Calendar read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new CalendarBuilder().build(in);
        }
    }

    static String value(net.fortuna.ical4j.model.PropertyContainer component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    /** The commitment id in a UID "commitment-42-…@commitments-tracker". */
    static long idOf(VEvent event) {
        return Long.parseLong(value(event, Property.UID).split("-")[1]);
    }

    @Test
    void oneAllDayEventPerOpenCommitmentWithADeadlineEachWithRemindersFourteenAndThreeDaysBefore() throws Exception {
        Path out = dir.resolve("deadlines.ics");

        CalendarService.Written written = calendar.export(out, List.of(), "en");

        List<CommitmentOverview> expected = store.services.commitments().overview().stream()
                .filter(c -> c.deadline() != null && !c.status().isClosed()).toList();
        assertThat(expected).hasSize(3);
        assertThat(written.events()).isEqualTo(3);
        List<VEvent> events = read(out).getComponents("VEVENT");
        assertThat(events).extracting(CalendarServiceTest::idOf)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(CommitmentOverview::commitmentId).toList());
        for (CommitmentOverview c : expected) {
            VEvent event = events.stream().filter(e -> idOf(e) == c.commitmentId()).findFirst().orElseThrow();
            String day = c.deadline().toString().replace("-", "");
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().toString())
                    .isEqualTo("DTSTART;VALUE=DATE:" + day + "\r\n");
            assertThat(value(event, Property.DTEND)).isEqualTo(c.deadline().plusDays(1).toString().replace("-", ""));
            List<VAlarm> alarms = event.getAlarms();
            assertThat(alarms).extracting(a -> days(a.getTrigger().orElseThrow().getDuration())).containsExactly(-14L, -3L);
            assertThat(alarms).extracting(a -> value(a, Property.ACTION)).containsOnly("DISPLAY");
            assertThat(alarms).allSatisfy(a -> assertThat(value(a, Property.DESCRIPTION)).contains("Due in"));
            assertThat(value(event, Property.SUMMARY)).startsWith("[Japan] " + c.ref() + " — ");
            assertThat(value(event, Property.DESCRIPTION)).contains("Owner: " + c.owner().code())
                    .contains("Status: " + (c.status() == Status.IN_PROGRESS ? "In progress" : "Not started"))
                    .contains(c.text());
            assertThat(value(event, Property.DTSTAMP)).isEqualTo("20251001T080000Z");
        }
        assertThat(value(read(out), Property.PRODID)).contains("Commitments Tracker");
        // As RFC 5545 writes them (ical4j reads -P14D back as two weeks).
        assertThat(Files.readString(out).split("TRIGGER:-P14D\r\n", -1)).hasSize(4);
        assertThat(Files.readString(out).split("TRIGGER:-P3D\r\n", -1)).hasSize(4);
        VEvent longOne = events.stream().filter(e -> idOf(e) == ids.get("1")).findFirst().orElseThrow();
        assertThat(value(longOne, Property.SUMMARY)).endsWith("…").hasSizeLessThan(100);
        // The one whose status changed has a higher sequence than one never changed.
        VEvent changed = events.stream().filter(e -> idOf(e) == ids.get("2")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(value(changed, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(longOne, Property.SEQUENCE)));
    }

    @Test
    void aSecondExportGivesTheSameUidsAndAnotherWorkspaceOthers() throws Exception {
        calendar.export(dir.resolve("first.ics"), List.of(), "en");
        calendar.export(dir.resolve("second.ics"), List.of(), "vi");

        Set<String> first = uids(dir.resolve("first.ics"));
        assertThat(first).hasSize(3).isEqualTo(uids(dir.resolve("second.ics")));
        store.close();
        // Opened again (the next start): still the same.
        store = new StoreFixture(dir.resolve("data"));
        store.services.calendar().export(dir.resolve("third.ics"), List.of(), "en");
        assertThat(uids(dir.resolve("third.ics"))).isEqualTo(first);

        try (StoreFixture other = new StoreFixture(dir.resolve("other"))) {
            new BundledAgencies(other.agencies).loadIfEmpty();
            insert(other, "Japan", List.of(new Unit("1", "MOIT", LocalDate.of(2025, 11, 30), "Same text.")));
            other.services.calendar().export(dir.resolve("other.ics"), List.of(), "en");
            assertThat(uids(dir.resolve("other.ics"))).doesNotContainAnyElementsOf(first);
        }
    }

    static long days(java.time.temporal.TemporalAmount amount) {
        return amount instanceof java.time.Duration d ? d.toDays() : ((java.time.Period) amount).getDays();
    }

    static Set<String> uids(Path file) throws Exception {
        return read(file).<VEvent>getComponents("VEVENT").stream().map(e -> value(e, Property.UID))
                .collect(Collectors.toSet());
    }

    @Test
    void ownersNarrowTheEventsAndAnUnknownCodeIsRefusedNamingTheCodes() throws Exception {
        Path out = dir.resolve("mofa.ics");

        CalendarService.Written written = calendar.export(out, List.of("mofa"), "vi");

        assertThat(written.events()).isEqualTo(2);
        List<VEvent> events = read(out).getComponents("VEVENT");
        assertThat(events).extracting(CalendarServiceTest::idOf).containsExactlyInAnyOrder(ids.get("2"), ids.get("5"));
        assertThat(events).allSatisfy(e -> assertThat(value(e, Property.DESCRIPTION))
                .contains("Cơ quan chủ trì: MOFA").contains("Tình trạng: "));
        assertThat(value(events.get(0), Property.SUMMARY)).startsWith("[Nhật Bản] ");

        assertThatThrownBy(() -> calendar.export(dir.resolve("x.ics"), List.of("MOFA", "NOPE"), "en"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No agency has the code NOPE").hasMessageContaining("MOIT");
        assertThat(dir.resolve("x.ics")).doesNotExist();
    }

    @Test
    void anOfflineCopyAndItsServerShareTheIdentityALaptopWorkspaceKeepsItsOwn() {
        CalendarService fromServer = new CalendarService(null, null, null, null,
                () -> "jdbc:postgresql://team:5432/commitments", store.clock);
        CalendarService copy = new CalendarService(null, null, null, null,
                () -> "jdbc:postgresql://team:5432/commitments", store.clock);
        assertThat(CalendarService.uid(copy.workspaceIdentity(), 7))
                .isEqualTo(CalendarService.uid(fromServer.workspaceIdentity(), 7))
                .matches("commitment-7-[0-9a-f]{16}@commitments-tracker");
        String laptop = calendar.workspaceIdentity();
        assertThat(laptop).isEqualTo(calendar.workspaceIdentity()).isNotEqualTo(fromServer.workspaceIdentity());
        assertThat(store.settings.get(CalendarService.WORKSPACE_ID)).contains(laptop);
    }
}
