package org.commitmentstracker.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.commitmentstracker.model.AppVersion;
import org.commitmentstracker.model.Excerpts;
import org.commitmentstracker.model.CommitmentOverview;

/**
 * The open commitments' deadlines as an iCalendar file (RFC 5545) an officer imports into Outlook or
 * Thunderbird: one all-day event per commitment on its deadline, with reminders {@link #REMINDERS} days
 * before. Each event's UID is given by the caller and stays the same at every export, so importing the
 * file again updates the events instead of adding them twice. Written with ical4j.
 */
public final class DeadlineCalendar {
    /** Days before the deadline at which the calendar reminds the officer. */
    public static final List<Integer> REMINDERS = List.of(14, 3);
    /** The summary's text is cut to about this many characters, at a word. */
    static final int SUMMARY_TEXT = 80;

    private final ReportWords words;
    private final String language;

    /** @param language "vi" or "en": the words of the summaries, descriptions and reminders */
    public DeadlineCalendar(String language) {
        this.language = "vi".equals(language) ? "vi" : "en";
        this.words = new ReportWords(this.language);
    }

    /**
     * One event of the calendar.
     *
     * @param uid      stable for this commitment in this workspace
     * @param sequence grows whenever the commitment changes (its count of history entries), so a calendar
     *                 takes the newer event
     */
    public record Entry(CommitmentOverview commitment, String uid, int sequence) {
    }

    /**
     * Writes the calendar to {@code out} (through a file beside it, moved into place when whole, so a
     * failed export leaves an earlier file as it was).
     *
     * @param now the export's time (DTSTAMP)
     */
    public void write(List<Entry> entries, Instant now, Path out) throws IOException {
        Calendar calendar = calendar(entries, now);
        Path folder = out.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, ".calendar", ".ics.tmp");
        try {
            try (OutputStream stream = Files.newOutputStream(temp);
                 Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                new CalendarOutputter(false).output(calendar, writer);
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The calendar as ical4j holds it. */
    Calendar calendar(List<Entry> entries, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Commitments Tracker//Commitments Tracker " + AppVersion.current() + "//"
                + language.toUpperCase(Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        // The name a calendar program gives the imported calendar (Outlook, Apple; Thunderbird asks).
        calendar.add(new XProperty("X-WR-CALNAME", words.get("calendar.name")));
        for (Entry entry : entries) {
            calendar.add(event(entry, now));
        }
        return calendar;
    }

    private VEvent event(Entry entry, Instant now) {
        CommitmentOverview c = entry.commitment();
        LocalDate deadline = c.deadline();
        String summary = summary(c);
        VEvent event = new VEvent(deadline, deadline.plusDays(1), summary);
        event.replace(new DtStamp(now));
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        if (c.updatedAt() != null) {
            event.add(new LastModified(c.updatedAt()));
        }
        event.add(new Description(description(c)));
        if (c.sector() != null) {
            event.add(new Categories(words.sector(c.sector())));
        }
        for (int days : REMINDERS) {
            // A Duration, not a Period: written -P14D (a Period of 14 days comes out as -P2W).
            VAlarm alarm = new VAlarm(Duration.ofDays(-days));
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(words.format("calendar.reminder", days, summary)));
            event.add(alarm);
        }
        return event;
    }

    /** "[Partner] ref — text…": the text cut at a word when long. */
    String summary(CommitmentOverview c) {
        String partners = words.partners(c.partners());
        String ref = c.ref() == null || c.ref().isBlank() ? "" : c.ref() + " — ";
        return "[" + partners + "] " + ref + Excerpts.cutAtWord(c.text(), SUMMARY_TEXT);
    }

    private String description(CommitmentOverview c) {
        String owner = c.owner() == null ? words.get("calendar.noOwner")
                : c.owner().code() + " – " + c.owner().name(language);
        DateTimeFormatter date = ReportWords.DATE;
        return String.join("\n",
                words.format("calendar.owner", owner),
                words.format("calendar.status", words.status(c.status())),
                words.format("calendar.deadline", date.format(c.deadline())),
                words.format("calendar.statement", c.statementTitle(),
                        c.statementDate() == null ? "" : date.format(c.statementDate())),
                "",
                c.text() == null ? "" : c.text().strip());
    }
}
