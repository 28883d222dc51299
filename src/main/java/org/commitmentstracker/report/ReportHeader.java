package org.commitmentstracker.report;

/**
 * The block on top of a report's summary, as the officer sets it.
 *
 * @param organisation    the issuing organisation ("BỘ NGOẠI GIAO / Vụ Châu Âu"), may be blank
 * @param title           the report's title; blank gives the default title
 * @param nationalHeading whether to print the national heading used on Vietnamese official documents
 * @param place           where the report is issued, for the place-and-date line; blank gives Hà Nội (Hanoi)
 * @param documentNumber  the report's number ("15/BC-BNG"); blank leaves "Số:      /BC-" to fill in by hand
 */
public record ReportHeader(String organisation, String title, boolean nationalHeading, String place,
                           String documentNumber) {
    public static final ReportHeader DEFAULT = new ReportHeader("", "", true);

    public ReportHeader {
        place = place == null ? "" : place.strip();
        documentNumber = documentNumber == null ? "" : documentNumber.strip();
    }

    /**
     * The place-and-date line this header gives a report written on {@code day} in {@code language} ("vi" or "en"):
     * "Hà Nội, ngày 07 tháng 12 năm 2026", "Hanoi, 7 December 2026".
     */
    public String placeAndDate(String language, java.time.LocalDate day) {
        return new ReportWords(language).placeAndDate(place, day);
    }

    /** A header issued in the default place, without a number. */
    public ReportHeader(String organisation, String title, boolean nationalHeading) {
        this(organisation, title, nationalHeading, "", "");
    }
}
