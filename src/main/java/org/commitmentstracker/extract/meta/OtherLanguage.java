package org.commitmentstracker.extract.meta;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commitmentstracker.extract.deadline.Sentences;

/**
 * Tells a text written in neither English nor Vietnamese and names its language, so that such a
 * statement is refused with that reason rather than read as English and found to hold nothing.
 * Non-Latin scripts are told by their letters, the languages of Viet Nam's European partners by
 * their commonest words against {@link LanguageDetector}'s. Short texts and bilingual ones (an
 * English statement with its French version beside it) are never taken for another language.
 */
public final class OtherLanguage {
    /** The start of a text tells its language; reading all of a long one would only cost time. */
    private static final int SAMPLE_CHARS = 50_000;
    /** Letters of another script, and that script's share of all letters, before a text is taken for it. */
    private static final int MIN_SCRIPT_LETTERS = 50;
    private static final double MIN_SCRIPT_SHARE = 0.8;
    /** Common words of another language, and how many times the English or Vietnamese ones they must outnumber. */
    private static final int MIN_WORD_HITS = 15;
    private static final int MARGIN = 3;

    /** Function words that no English or Vietnamese text (with or without its marks) uses. */
    private static final Map<String, Set<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("French", Set.of("les", "des", "est", "une", "dans", "pour", "avec", "par", "aux", "sont", "ont",
                "deux", "leur", "cette", "et", "qui", "sur", "du", "au"));
        WORDS.put("German", Set.of("der", "die", "das", "und", "den", "dem", "ist", "mit", "von", "zu", "auf", "für",
                "eine", "einer", "beiden", "sich", "wird", "werden", "nicht", "im", "zur", "zum"));
        WORDS.put("Spanish", Set.of("los", "las", "el", "del", "y", "una", "para", "por", "que", "ambos", "ambas",
                "sus", "como", "entre"));
        WORDS.put("Portuguese", Set.of("os", "dos", "das", "em", "uma", "com", "ao", "não", "pela", "pelo", "para",
                "que", "seus", "entre"));
        WORDS.put("Italian", Set.of("il", "della", "delle", "dei", "degli", "per", "che", "nel", "nella", "nei", "sono",
                "hanno", "gli", "anche", "alla", "sulla", "tra", "loro", "questo", "questa"));
    }

    private OtherLanguage() {
    }

    /** The language the text is in ("French", "Chinese", "Cyrillic script"), when it is neither English nor Vietnamese. */
    public static Optional<String> of(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Optional<String> script = otherScript(sample);
        return script.isPresent() ? script : otherLatinLanguage(sample);
    }

    private static Optional<String> otherScript(String sample) {
        Map<Character.UnicodeScript, Integer> letters = new EnumMap<>(Character.UnicodeScript.class);
        int all = 0;
        // An ASCII letter is Latin: counted without looking its script up (most of an English or Vietnamese text).
        int asciiLetters = 0;
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    all++;
                    asciiLetters++;
                }
            } else if (Character.isLetter(c)) {
                all++;
                letters.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        if (asciiLetters > 0) {
            letters.merge(Character.UnicodeScript.LATIN, asciiLetters, Integer::sum);
        }
        int kana = letters.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
                + letters.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        int other = all - letters.getOrDefault(Character.UnicodeScript.LATIN, 0);
        if (other < MIN_SCRIPT_LETTERS || other < all * MIN_SCRIPT_SHARE) {
            return Optional.empty();
        }
        if (kana > 0) { // Japanese mixes kana with Chinese characters; Chinese has no kana
            return Optional.of("Japanese");
        }
        Character.UnicodeScript main = letters.entrySet().stream()
                .filter(e -> e.getKey() != Character.UnicodeScript.LATIN)
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Optional.of(switch (main) {
            case HAN -> "Chinese";
            case HANGUL -> "Korean";
            case THAI -> "Thai";
            case LAO -> "Lao";
            case KHMER -> "Khmer";
            default -> capitalised(main.name()) + " script";
        });
    }

    private static Optional<String> otherLatinLanguage(String sample) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        int englishHits = 0;
        int vietnameseHits = 0;
        for (String word : Sentences.words(sample)) {
            String lower = word.toLowerCase(Locale.ROOT);
            englishHits += LanguageDetector.ENGLISH.contains(lower) ? 1 : 0;
            vietnameseHits += LanguageDetector.VIETNAMESE.contains(lower) ? 1 : 0;
            for (Map.Entry<String, Set<String>> language : WORDS.entrySet()) {
                if (language.getValue().contains(lower)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        int floor = Math.max(MIN_WORD_HITS, Math.max(englishHits, vietnameseHits) * MARGIN + 1);
        return hits.entrySet().stream().filter(e -> e.getValue() >= floor)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static String capitalised(String scriptName) {
        String lower = scriptName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
