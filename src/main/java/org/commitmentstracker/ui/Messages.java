package org.commitmentstracker.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.commitmentstracker.model.Agency;
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

    /** An agency's name in the UI's language. */
    public String agency(Agency agency) {
        return agency == null ? "" : agency.name(language());
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
