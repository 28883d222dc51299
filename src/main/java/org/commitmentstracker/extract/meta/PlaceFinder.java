package org.commitmentstracker.extract.meta;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.deadline.DateMention;
import org.commitmentstracker.extract.deadline.Sentences;
import org.commitmentstracker.extract.text.LeadingWords;

/**
 * The city where the statement was adopted ("adopted on 06 May 2025 in Astana", "Hà Nội, ngày ...",
 * "Done at Ha Noi") or, failing that, where the talks were held ("In Ha Noi, President ... held
 * talks", "hội đàm ... tại thủ đô Ulan Bator"). A place is one to three capitalised words after
 * "in", "at", "tại", "ở" that are not a country.
 */
final class PlaceFinder {
    private static final String NAME = "(?<name>\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2})";
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?u)(?<![\\p{L}])(?:[Ii]n|[Aa]t|[Tt]ại|[Ởở])\\s+"
            + "(?:the\\s+capital(?:\\s+city)?(?:\\s+of)?\\s+|(?:thủ đô|thành phố|Thủ đô|Thành phố)\\s+)?" + NAME);
    private static final Pattern PLACE_BEFORE_COMMA = Pattern.compile("^\\s*" + NAME + ",\\s*$");
    private static final Pattern TALKS = Pattern.compile("(?iu)\\btalks\\b|\\bmet\\b|hội đàm|hội kiến|\\bvisit|thăm");
    /** The words a match of {@link #TALKS} starts with: a sentence without one is not searched. */
    private static final LeadingWords TALKS_WORDS = LeadingWords.of(TALKS);
    /** Capitalised words after "in"/"at" that begin no city name. */
    private static final Set<String> NOT_PLACES = Set.of("The", "This", "That", "A", "An", "Hội", "Phủ", "Trụ", "Nhà",
            "Cung", "Lễ", "Văn", "Phiên", "Diễn", "Tòa", "Dinh", "Presidential", "National", "Government", "Party",
            "State", "Joint", "Vietnamese", "English", "Kazakh", "Russian", "January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Trung", "Bộ", "Ban");
    private static final int OPENING = 2500;

    private final Countries countries;

    PlaceFinder(Countries countries) {
        this.countries = countries;
    }

    String find(String norm, Optional<DateMention> adoption, String content) {
        if (adoption.isPresent()) {
            DateMention m = adoption.get();
            String sentence = norm.substring(Sentences.start(norm, m.start()), Sentences.end(norm, m.end()));
            String before = norm.substring(norm.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1, m.start());
            Matcher onLine = PLACE_BEFORE_COMMA.matcher(before);
            String place = onLine.matches() && isPlace(onLine.group("name")) ? onLine.group("name") : firstPlace(sentence);
            if (place != null) {
                return place;
            }
        }
        String opening = content.substring(0, Math.min(OPENING, content.length()));
        for (int at = 0, end; at < opening.length(); at = end + 1) {
            end = Sentences.end(opening, at);
            String sentence = opening.substring(at, end);
            String place = TALKS_WORDS.mayMatch(LeadingWords.fold(sentence)) && TALKS.matcher(sentence).find()
                    ? firstPlace(sentence) : null;
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    private String firstPlace(String sentence) {
        Matcher m = AFTER_PREPOSITION.matcher(sentence);
        while (m.find()) {
            if (isPlace(m.group("name"))) {
                return m.group("name");
            }
        }
        return null;
    }

    /** Not a country, not a word that begins no city; a trailing country ("Astana, Republic ...") is cut by the comma. */
    private boolean isPlace(String name) {
        String first = name.split("\\s+")[0];
        return !NOT_PLACES.contains(first) && countries.find(name).isEmpty() && !name.equals(name.toUpperCase());
    }
}
