package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

/** What File &gt; Add deadlines to my calendar needs: {@link CalendarService}, or a test double. Touches the store: off the UI thread. */
public interface CalendarExports {
    /**
     * Writes the open commitments with a deadline (of these owners' codes only, when any) as an iCalendar file.
     *
     * @param language "vi" or "en"
     */
    CalendarService.Written export(Path out, Collection<String> ownerCodes, String language) throws IOException;
}
