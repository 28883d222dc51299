package org.commitmentstracker.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * One fixed colour per status, shared by the table's chips, the dashboard's charts and the
 * report's chart and fills, so a colour means the same thing everywhere. The hues are Paul Tol's
 * colour-blind-safe ones; a colour is never the only sign: a status is always shown with its word.
 */
public final class StatusPalette {
    /** Red for overdue deadlines (text and marks). */
    public static final String OVERDUE = "#CC3311";
    /** A soft red for the fill of an overdue row: readable when printed, not a saturated pink. */
    public static final String OVERDUE_TINT = "#F8E0DA";

    private static final Map<Status, String> COLOURS = new EnumMap<>(Map.of(
            Status.NOT_STARTED, "#BBBBBB",
            Status.IN_PROGRESS, "#4477AA",
            Status.AT_RISK, "#DDAA33",
            Status.COMPLETED, "#228833",
            Status.PARTIALLY_COMPLETED, "#44AA99",
            Status.DROPPED, "#555555"));

    private StatusPalette() {
    }

    /** The status's colour, "#RRGGBB": chart slices and bars, chip fills. */
    public static String colour(Status status) {
        return COLOURS.get(status);
    }

    /** Black or white, whichever reads better on {@link #colour(Status)}. */
    public static String textOn(Status status) {
        return relativeLuminance(colour(status)) > 0.30 ? "#000000" : "#FFFFFF";
    }

    static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }

    /** WCAG relative luminance of an sRGB colour. */
    static double relativeLuminance(String hex) {
        int[] rgb = rgb(hex);
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            lin[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }
}
