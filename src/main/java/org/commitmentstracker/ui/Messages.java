package org.commitmentstracker.ui;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Explained;
import org.commitmentstracker.model.Explanation;
import org.commitmentstracker.model.Labels;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UnitKind;

/** The UI's words in the user's language (English or Vietnamese), from one bundle per language. */
public final class Messages {
    public static final String BUNDLE = "org.commitmentstracker.ui.messages";
    /** The languages of the UI, the reports and the statements, by tag. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "vi");

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Labels labels;

    public Messages(Locale locale) {
        this.locale = supported(locale);
        // No fallback to the OS locale: English chosen on a Vietnamese system must stay English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.labels = new Labels(this.locale.getLanguage());
    }

    /** Vietnamese for a Vietnamese locale, English for any other. */
    public static Locale supported(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    /** "vi" or "en": the language of agency names and other data shown in the UI. */
    public String language() {
        return locale.getLanguage();
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /**
     * Something a lower layer tells the officer, in this language: its words from the bundles with its values (each
     * said in this language too: a date as dd/mm/yyyy, a status by its label), or its English when it has no words.
     */
    public String say(Explained told) {
        if (told == null) {
            return "";
        }
        Explanation words = told.words();
        if (words.wordsKey() == null) {
            return words.english();
        }
        return format(words.wordsKey(), words.values().stream().map(this::sayValue).toArray());
    }

    /**
     * A failure as the window says it: in this language when it, or what caused it (a file that could not be written
     * behind an unchecked wrapper), is {@link Explained}; else its message.
     */
    public String explain(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof Explained told && told.words().wordsKey() != null) {
                return say(told);
            }
        }
        return failure.getMessage();
    }

    private Object sayValue(Object value) {
        if (value instanceof Explained told) {
            return say(told);
        }
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(v -> String.valueOf(sayValue(v))).toList());
        }
        if (value instanceof Status status) {
            return status(status);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern(get("format.date"), locale).format(date);
        }
        if (value instanceof Instant instant) {
            return DateTimeFormatter.ofPattern(get("format.dateTime"), locale).format(instant.atZone(ZoneId.systemDefault()));
        }
        return value == null ? "—" : value;
    }

    /** A status in words. */
    public String status(Status status) {
        return labels.status(status);
    }

    /** A sector in words. */
    public String sector(Sector sector) {
        return labels.sector(sector);
    }

    /** A language's name ("Vietnamese", "Tiếng Anh") for a tag of {@link #LANGUAGES}. */
    public String languageName(String tag) {
        return get("language." + tag);
    }

    /** The kind of a statement's unit in words. */
    public String kind(UnitKind kind) {
        return labels.kind(kind);
    }

    /** A partner as the UI's language writes it ("Hung-ga-ri" in Vietnamese); partners are stored in English. */
    public String partner(String storedName) {
        return labels.partner(storedName);
    }

    /** Several partners, each as the UI's language writes it, joined by commas ("Chi-lê, Pê-ru"). */
    public String partners(java.util.List<String> storedNames) {
        return String.join(", ", storedNames.stream().map(this::partner).toList());
    }

    /** An agency's name in the UI's language. */
    public String agency(Agency agency) {
        return agency == null ? "" : agency.name(language());
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
