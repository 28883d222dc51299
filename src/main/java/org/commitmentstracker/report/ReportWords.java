package org.commitmentstracker.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.commitmentstracker.model.Labels;
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

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
