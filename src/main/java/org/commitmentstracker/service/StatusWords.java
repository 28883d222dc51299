package org.commitmentstracker.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.commitmentstracker.model.Labels;
import org.commitmentstracker.model.Status;

/**
 * A status as someone types it: its code ({@code IN_PROGRESS}, {@code in-progress}) or its
 * words in English or Vietnamese ("In progress", "Đang thực hiện", "dang thuc hien"): case,
 * diacritics and separators do not matter.
 */
public final class StatusWords {
    private StatusWords() {
    }

    public static Optional<Status> parse(String typed) {
        String wanted = fold(typed);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (String language : new String[] {"en", "vi"}) {
            Labels labels = new Labels(language);
            for (Status status : Status.values()) {
                if (wanted.equals(fold(status.name())) || wanted.equals(fold(labels.status(status)))) {
                    return Optional.of(status);
                }
            }
        }
        return Optional.empty();
    }

    /** Lower case, no diacritics (đ as d), words joined by single spaces. */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
    }
}
