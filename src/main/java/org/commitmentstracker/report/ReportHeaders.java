package org.commitmentstracker.report;

import org.commitmentstracker.store.WorkspaceSettings;

/** The report header the officer set last, kept in the workspace so every report starts from it. */
public final class ReportHeaders {
    static final String ORGANISATION = "report.organisation";
    static final String TITLE = "report.title";
    static final String NATIONAL_HEADING = "report.nationalHeading";

    private final WorkspaceSettings settings;

    public ReportHeaders(WorkspaceSettings settings) {
        this.settings = settings;
    }

    public ReportHeader load() {
        return new ReportHeader(settings.get(ORGANISATION).orElse(""), settings.get(TITLE).orElse(""),
                !"false".equals(settings.get(NATIONAL_HEADING).orElse("true")));
    }

    public void save(ReportHeader header) {
        settings.put(ORGANISATION, header.organisation());
        settings.put(TITLE, header.title());
        settings.put(NATIONAL_HEADING, Boolean.toString(header.nationalHeading()));
    }
}
