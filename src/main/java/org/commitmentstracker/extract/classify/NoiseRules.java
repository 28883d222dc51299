package org.commitmentstracker.extract.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commitmentstracker.bundled.TsvTable;

/**
 * Web-page debris that is not part of a statement: link text, image file names, photo
 * captions, timestamps (noise.tsv), and runs of one- or two-word bullets such as a site's list
 * of provinces. Noise is decided before anything else and never becomes a commitment.
 */
public final class NoiseRules {
    /** A run of at least this many short bullets is a menu or a list of places. */
    public static final int SHORT_BULLET_RUN = 4;
    static final int SHORT_BULLET_WORDS = 4;
    /** Longer than any caption or link text seen on news sites. */
    static final int MAX_DEBRIS_LENGTH = 400;

    private final List<String> phrases = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();

    public NoiseRules() {
        TsvTable table = TsvTable.read("noise.tsv", NoiseRules.class.getResourceAsStream("noise.tsv"));
        for (Map<String, String> row : table.rows()) {
            if ("phrase".equals(row.get("class"))) {
                phrases.add(normalise(row.get("text")));
            } else {
                patterns.add(Pattern.compile(row.get("text"), Cue.FLAGS));
            }
        }
    }

    /** The rule that makes the unit noise, if one does. */
    public Optional<String> match(String text) {
        // Debris is short: link text, a caption, a timestamp. A long paragraph is never all debris.
        if (text.length() > MAX_DEBRIS_LENGTH) {
            return Optional.empty();
        }
        String normalised = normalise(text);
        if (phrases.contains(normalised)) {
            return Optional.of("web-page text \"" + text.strip() + "\"");
        }
        for (Pattern pattern : patterns) {
            var m = pattern.matcher(text.strip());
            if (m.find()) {
                return Optional.of("web-page debris \"" + m.group().strip() + "\"");
            }
        }
        if (!normalised.matches(".*\\p{L}.*")) {
            return Optional.of("no words");
        }
        return Optional.empty();
    }

    /** A bullet of a few words with no sentence in it: an item of a menu or a list of places. */
    public static boolean isShortItem(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.split("\\s+").length <= SHORT_BULLET_WORDS && !t.matches(".*[.;:!?]$");
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("[\\s.:;!»›>]+$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
