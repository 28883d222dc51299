package org.commitmentstracker.extract.meta;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The country table (meta/countries.tsv): each country's English short name, found by its
 * English names, adjectives and Vietnamese names. Names match as whole words and case-sensitively
 * ("Nga" is Russia, "nga" is not), the longest first ("North Korean" is not "Korean"); phrases of
 * the table's last column ("Lào Cai", "Pháp luật", "South China Sea") are never countries.
 */
public final class Countries {
    /** The English short name Viet Nam has in the table; it is never a partner. */
    public static final String VIET_NAM = "Viet Nam";

    /** One row of the table. */
    public record Country(String name, List<String> englishNames, List<String> adjectives, List<String> vietnameseNames) {
        public boolean isVietNam() {
            return VIET_NAM.equals(name);
        }

        Stream<String> forms() {
            return Stream.of(Stream.of(name), englishNames.stream(), adjectives.stream(), vietnameseNames.stream())
                    .flatMap(s -> s);
        }
    }

    /** Where a text names a country. */
    public record Mention(Country country, int start, int end) {
    }

    private static final String BOUNDARY_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String BOUNDARY_AFTER = "(?![\\p{L}\\p{N}])";
    private static volatile Countries loaded;

    private final List<Country> countries;
    private final Map<String, Country> byForm = new HashMap<>();
    private final WholeWords names;
    private final WholeWords notCountries;

    private Countries(List<Country> countries, List<String> notCountryPhrases) {
        this.countries = List.copyOf(countries);
        for (Country c : countries) {
            c.forms().forEach(f -> byForm.putIfAbsent(key(f), c));
        }
        names = new WholeWords(countries.stream().flatMap(Country::forms).toList());
        notCountries = new WholeWords(notCountryPhrases);
    }

    /** The table shipped with the app (loaded once). */
    public static Countries load() {
        if (loaded == null) {
            try (InputStream in = Countries.class.getResourceAsStream("countries.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("countries.tsv is not on the class path");
                }
                loaded = parse(new String(in.readAllBytes(), UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    static Countries parse(String tsv) {
        List<Country> rows = new ArrayList<>();
        List<String> notCountries = new ArrayList<>();
        for (String line : tsv.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = Arrays.copyOf(line.split("\t", -1), 5);
            rows.add(new Country(cols[0].strip(), list(cols[1]), list(cols[2]), list(cols[3])));
            notCountries.addAll(list(cols[4]));
        }
        return new Countries(rows, notCountries);
    }

    public List<Country> all() {
        return countries;
    }

    /** The country a name stands for ("Liên bang Nga", "Republic of Korea", "russia"), whole name only. */
    public Optional<Country> lookup(String name) {
        return Optional.ofNullable(name == null ? null : byForm.get(key(name)));
    }

    /** Every country the text names, in text order. */
    public List<Mention> find(String text) {
        StringBuilder blanked = new StringBuilder(text);
        notCountries.find(text, (start, end) -> {
            for (int i = start; i < end; i++) {
                blanked.setCharAt(i, ' ');
            }
        });
        List<Mention> mentions = new ArrayList<>();
        names.find(blanked, (start, end) -> {
            Country c = byForm.get(key(blanked.substring(start, end)));
            if (c != null) {
                mentions.add(new Mention(c, start, end));
            }
        });
        return mentions;
    }

    /**
     * Phrases found as whole words, case-sensitively, left to right without overlapping, the longest first where
     * several start at one place; each form also in capitals, for titles written in capitals. A phrase is tried only
     * where its first character stands: one alternation of the whole table tried every name at every word (about
     * 2 ms for a thousand characters of text).
     */
    private static final class WholeWords {
        /** Told where each phrase found starts and ends. */
        interface Found {
            void at(int start, int end);
        }

        private final Map<Character, Pattern> byFirstChar = new HashMap<>();

        WholeWords(List<String> phrases) {
            Map<Character, List<String>> grouped = new HashMap<>();
            phrases.stream().flatMap(p -> Stream.of(p, p.toUpperCase(Locale.ROOT))).distinct()
                    .forEach(p -> grouped.computeIfAbsent(p.charAt(0), c -> new ArrayList<>()).add(p));
            grouped.forEach((first, list) -> byFirstChar.put(first, alternation(list)));
        }

        void find(CharSequence text, Found found) {
            Map<Character, Matcher> matchers = new HashMap<>();
            int i = 0;
            while (i < text.length()) {
                Pattern candidates = byFirstChar.get(text.charAt(i));
                if (candidates == null) {
                    i++;
                    continue;
                }
                // transparent bounds: the boundary before the phrase looks at the text before i
                Matcher m = matchers.computeIfAbsent(text.charAt(i), c -> candidates.matcher(text).useTransparentBounds(true))
                        .region(i, text.length());
                if (m.lookingAt()) {
                    found.at(m.start(), m.end());
                    i = m.end();
                } else {
                    i++;
                }
            }
        }
    }

    /** Case-sensitive, longest first, whole words. */
    private static Pattern alternation(List<String> phrases) {
        String body = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile(BOUNDARY_BEFORE + "(?:" + (body.isEmpty() ? "(?!)" : body) + ")" + BOUNDARY_AFTER);
    }

    private static List<String> list(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String key(String form) {
        return form.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
