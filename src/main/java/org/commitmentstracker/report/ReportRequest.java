package org.commitmentstracker.report;

import java.time.LocalDate;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.ReportScope;

/**
 * What a progress report is asked to show.
 *
 * @param asOf     the day whose end the statuses are taken at: the period's last day, or today
 *                 while the period is still running
 * @param language "en" or "vi"
 */
public record ReportRequest(ReportPeriod period, ReportScope scope, String language, ReportHeader header,
                            LocalDate asOf) {

    /** The same report with its statuses taken at the end of another day (the officer's choice). */
    public ReportRequest withAsOf(LocalDate day) {
        return new ReportRequest(period, scope, language, header, day);
    }

    /** A report of {@code period} as generated on {@code today}. */
    public static ReportRequest of(ReportPeriod period, ReportScope scope, String language, ReportHeader header,
                                   LocalDate today) {
        LocalDate asOf = period.to().isAfter(today) ? today : period.to();
        return new ReportRequest(period, scope, "vi".equals(language) ? "vi" : "en", header, asOf);
    }
}
