package org.commitmentstracker.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.commitmentstracker.model.Labels;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;

/** A report's words in its language: report/words*.properties, and the shared labels for statuses and sectors. */
final class ReportWords {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ResourceBundle bundle;
    private final Labels labels;
    private final Locale locale;

    ReportWords(String language) {
        this.locale = "vi".equals(language) ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("org.commitmentstracker.report.words", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.labels = new Labels(language);
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    String status(Status status) {
        return labels.status(status);
    }

    String sector(Sector sector) {
        return labels.sector(sector);
    }

    /** A partner as stored ("Hungary"), in the report's language ("Hung-ga-ri"). */
    String partner(String storedName) {
        return labels.partner(storedName);
    }

    /** Partners in the report's language, comma-separated. */
    String partners(java.util.Collection<String> storedNames) {
        return String.join(", ", storedNames.stream().map(labels::partner).toList());
    }

    /** "Both sides" for "both"; the code itself when it has no words. */
    String side(String actor) {
        if (actor == null) {
            return "";
        }
        try {
            return bundle.getString("side." + actor);
        } catch (MissingResourceException e) {
            return actor;
        }
    }

    /** "Quý IV năm 2026" / "Q4 2026" for a calendar quarter; "01/10/2026 – 15/11/2026" for any other range. */
    String period(ReportPeriod period) {
        LocalDate from = period.from();
        if (!isQuarter(period)) {
            return date(from) + " – " + date(period.to());
        }
        int number = (from.getMonthValue() - 1) / 3 + 1;
        return format("period.quarter", String.valueOf(number), ROMAN[number - 1], String.valueOf(from.getYear()));
    }

    /** "Hà Nội, ngày 06 tháng 12 năm 2026" / "Hanoi, 6 December 2026"; a blank place is the default one. */
    String placeAndDate(String place, LocalDate day) {
        String where = place == null || place.isBlank() ? get("place.default") : place.strip();
        return format("place.date", where, String.format("%02d", day.getDayOfMonth()),
                String.format("%02d", day.getMonthValue()), String.valueOf(day.getYear()),
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(day));
    }

    /** "Số: 15/BC-BNG", or a line to fill in by hand ("Số:      /BC-") when there is no number yet. */
    String documentNumber(String number) {
        String given = number == null ? "" : number.strip().replaceFirst("^(?i)(số|no\\.?)\\s*:\\s*", "");
        return format("documentNumber", given.isEmpty() ? get("documentNumber.blank") : given);
    }

    /** Whether the period is one calendar quarter. */
    static boolean isQuarter(ReportPeriod period) {
        LocalDate from = period.from();
        return from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0
                && period.to().equals(from.plusMonths(3).minusDays(1));
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
