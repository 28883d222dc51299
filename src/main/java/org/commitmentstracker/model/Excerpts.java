package org.commitmentstracker.model;

/** A commitment's words shortened for a line or a summary: on one line, cut at a word, ending in "…". */
public final class Excerpts {
    private Excerpts() {
    }

    /**
     * The text on one line, whole when it has at most {@code max} characters, else cut at the last word that fits
     * (mid-word only when that would leave less than half), without trailing punctuation, and "…".
     */
    public static String cutAtWord(String text, int max) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        if (cut < max / 2) {
            cut = max;
        }
        return flat.substring(0, cut).replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
    }
}
