package org.commitmentstracker.report;

/**
 * The block on top of a report's summary, as the officer sets it.
 *
 * @param organisation    the issuing organisation ("BỘ NGOẠI GIAO / Vụ Châu Âu"), may be blank
 * @param title           the report's title; blank gives the default title
 * @param nationalHeading whether to print the national heading used on Vietnamese official documents
 */
public record ReportHeader(String organisation, String title, boolean nationalHeading) {
    public static final ReportHeader DEFAULT = new ReportHeader("", "", true);
}
