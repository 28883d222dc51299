package org.commitmentstracker.model;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A partner's name as Vietnamese documents write it ("Hungary" is "Hung-ga-ri", "Kazakhstan"
 * "Ca-dắc-xtan"). The names come from the one country table the extractor also reads
 * (extract/meta/countries.tsv: the first of its Vietnamese names is the official spelling), so an
 * officer who adds a country there gets both the finding and the display.
 */
final class PartnerNames {
    private static final String TABLE = "/org/commitmentstracker/extract/meta/countries.tsv";
    private static Map<String, String> vietnamese;

    private PartnerNames() {
    }

    /** The Vietnamese name of a partner stored by its English short name; the name itself when the table has none. */
    static String vietnamese(String englishShortName) {
        if (englishShortName == null) {
            return "";
        }
        return table().getOrDefault(englishShortName.strip(), englishShortName);
    }

    private static synchronized Map<String, String> table() {
        if (vietnamese == null) {
            try (InputStream in = PartnerNames.class.getResourceAsStream(TABLE)) {
                vietnamese = in == null ? Map.of() : parse(new String(in.readAllBytes(), UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the country table " + TABLE, e);
            }
        }
        return vietnamese;
    }

    static Map<String, String> parse(String tsv) {
        Map<String, String> names = new HashMap<>();
        for (String line : tsv.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length > 3 && !cols[3].isBlank()) {
                names.put(cols[0].strip(), cols[3].split(";")[0].strip());
            }
        }
        return Map.copyOf(names);
    }
}
