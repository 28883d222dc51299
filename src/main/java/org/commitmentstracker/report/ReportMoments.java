package org.commitmentstracker.report;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The moments a report is worked out at, from its request: the end of the "as of" day, and the period's start
 * and end (the end no later than "as of"). Every report of a request (Excel or Word) reads the store at these.
 */
record ReportMoments(Instant asOf, Instant periodStart, Instant periodEnd) {
    static ReportMoments of(ReportRequest request, ZoneId zone) {
        Instant asOf = request.asOf().plusDays(1).atStartOfDay(zone).toInstant();
        Instant periodStart = request.period().from().atStartOfDay(zone).toInstant();
        Instant end = request.period().to().plusDays(1).atStartOfDay(zone).toInstant();
        return new ReportMoments(asOf, periodStart, end.isBefore(asOf) ? end : asOf);
    }
}
