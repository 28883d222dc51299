package org.commitmentstracker.model;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Where things are in an update form: written by the report layer, read back by the importing
 * layer. Row and column numbers are 0-based.
 */
public final class UpdateFormLayout {
    /** First cell of the hidden sheet: what tells a form from any other workbook. */
    public static final String MARKER = "commitments-tracker-update-form";
    public static final int VERSION = 1;
    public static final String META_SHEET = "_form";
    /** Rows of the hidden sheet: marker/version, owner code, exported at (instant), language. */
    public static final int META_MARKER = 0;
    public static final int META_OWNER = 1;
    public static final int META_EXPORTED = 2;
    public static final int META_LANGUAGE = 3;

    /** The cell (column D, after its label in C) of the row where the officer who fills the form writes their name. */
    public static final int AUTHOR_ROW = 1;
    public static final int AUTHOR_COLUMN = 3;
    public static final int HEADER_ROW = 4;
    public static final int FIRST_DATA_ROW = 5;

    /** The columns, in order, by the key of their heading in model/updateform*.properties. */
    public static final List<String> COLUMNS = List.of("id", "version", "statement", "partner", "ref", "text",
            "deadline", "status", "newDeadline", "note", "evidence");
    public static final int ID = 0;
    public static final int CHANGED_AT = 1;
    public static final int REF = 4;
    public static final int CURRENT_DEADLINE = 6;
    public static final int STATUS = 7;
    public static final int NEW_DEADLINE = 8;
    public static final int NOTE = 9;
    public static final int EVIDENCE = 10;

    private UpdateFormLayout() {
    }

    /**
     * The headings of the columns in a language (Vietnamese for "vi", English for anything else), as
     * written in row {@link #HEADER_ROW}. They are part of the form's format, kept apart from the
     * reports' words: a returned form is recognised by them, so changing one makes the forms already
     * sent out unreadable.
     */
    public static List<String> headings(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.commitmentstracker.model.updateform",
                "vi".equals(language) ? Locale.forLanguageTag("vi") : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return COLUMNS.stream().map(bundle::getString).toList();
    }

    /** The columns that tie a row to its commitment; the form hides them. */
    public static boolean hidden(int column) {
        return column == ID || column == CHANGED_AT;
    }

    /** The columns the owner may fill in; the others are locked. */
    public static boolean editable(int column) {
        return column == STATUS || column == NEW_DEADLINE || column == NOTE || column == EVIDENCE;
    }
}
