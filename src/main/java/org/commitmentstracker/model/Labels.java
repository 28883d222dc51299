package org.commitmentstracker.model;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words for statuses, sectors and kinds of units in English or Vietnamese, from one bundle
 * (org/commitmentstracker/model/labels*.properties) that the UI and the reports share.
 */
public final class Labels {
    private final ResourceBundle bundle;
    private final boolean vietnamese;

    /** Vietnamese for "vi", English for anything else. */
    public Labels(String language) {
        this.vietnamese = "vi".equals(language);
        // No fallback to the OS locale: English chosen on a Vietnamese system must stay English.
        this.bundle = ResourceBundle.getBundle("org.commitmentstracker.model.labels",
                "vi".equals(language) ? Locale.forLanguageTag("vi") : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String status(Status status) {
        return status == null ? "" : bundle.getString("status." + status.name());
    }

    public String sector(Sector sector) {
        return sector == null ? "" : bundle.getString("sector." + sector.name());
    }

    /**
     * A partner as the reader's language writes it. Partners are stored by their English short
     * name ("Hungary"); in Vietnamese that is the official spelling ("Hung-ga-ri").
     */
    public String partner(String storedName) {
        if (storedName == null) {
            return "";
        }
        return vietnamese ? PartnerNames.vietnamese(storedName) : storedName;
    }

    public String kind(UnitKind kind) {
        return kind == null ? "" : bundle.getString("kind." + kind.name());
    }
}
