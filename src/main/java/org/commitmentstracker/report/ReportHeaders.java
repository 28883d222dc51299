package org.commitmentstracker.report;

import org.commitmentstracker.store.WorkspaceSettings;

/** The report header the officer set last (not its number), kept in the workspace so every report starts from it. */
public final class ReportHeaders {
    static final String ORGANISATION = "report.organisation";
    static final String TITLE = "report.title";
    static final String NATIONAL_HEADING = "report.nationalHeading";
    static final String PLACE = "report.place";

    private final WorkspaceSettings settings;

    public ReportHeaders(WorkspaceSettings settings) {
        this.settings = settings;
    }

    public ReportHeader load() {
        return new ReportHeader(settings.get(ORGANISATION).orElse(""), settings.get(TITLE).orElse(""),
                !"false".equals(settings.get(NATIONAL_HEADING).orElse("true")), settings.get(PLACE).orElse(""), "");
    }

    public void save(ReportHeader header) {
        settings.put(ORGANISATION, header.organisation());
        settings.put(TITLE, header.title());
        settings.put(NATIONAL_HEADING, Boolean.toString(header.nationalHeading()));
        // The number is one report's own; the place stays from one report to the next.
        settings.put(PLACE, header.place());
    }
}
