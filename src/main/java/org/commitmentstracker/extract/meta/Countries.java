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
    private final Pattern names;
    private final Pattern notCountries;

    private Countries(List<Country> countries, List<String> notCountryPhrases) {
        this.countries = List.copyOf(countries);
        for (Country c : countries) {
            c.forms().forEach(f -> byForm.putIfAbsent(key(f), c));
        }
        names = alternation(countries.stream().flatMap(Country::forms).toList());
        notCountries = alternation(notCountryPhrases);
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
        Matcher not = notCountries.matcher(text);
        while (not.find()) {
            for (int i = not.start(); i < not.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        List<Mention> mentions = new ArrayList<>();
        Matcher m = names.matcher(blanked);
        while (m.find()) {
            Country c = byForm.get(key(m.group()));
            if (c != null) {
                mentions.add(new Mention(c, m.start(), m.end()));
            }
        }
        return mentions;
    }

    /** Case-sensitive, longest first; each form also in capitals for titles written in capitals. */
    private static Pattern alternation(List<String> phrases) {
        String body = phrases.stream().flatMap(p -> Stream.of(p, p.toUpperCase(Locale.ROOT))).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
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
