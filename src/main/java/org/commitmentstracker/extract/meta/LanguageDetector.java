package org.commitmentstracker.extract.meta;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.commitmentstracker.extract.deadline.Sentences;

/**
 * "vi" or "en": common Vietnamese words against English stopwords, with the share of letters that
 * carry Vietnamese marks (đ, ơ, ư, tones) as the tie-breaker. Web debris such as an unaccented
 * province list ("Binh Duong") counts for neither side.
 */
final class LanguageDetector {
    static final Set<String> VIETNAMESE = Set.of("và", "của", "các", "những", "được", "trong", "với", "là", "có",
            "cho", "này", "hai", "bên", "nước", "không", "đã", "sẽ", "về", "một", "tại", "từ", "theo", "hợp", "tác",
            "quan", "hệ", "tăng", "cường", "việc", "người", "nhất", "trí", "thúc", "đẩy");
    static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "for", "with", "on", "that",
            "by", "as", "are", "be", "will", "their", "this", "from", "at", "two", "sides", "agreed", "cooperation");
    /** Share of marked letters above which a text with no clear word count is Vietnamese. */
    private static final double MARKED_SHARE = 0.08;

    String detect(String text) {
        int vi = 0;
        int en = 0;
        for (String w : Sentences.words(text == null ? "" : text)) {
            String lower = w.toLowerCase(Locale.ROOT);
            vi += VIETNAMESE.contains(lower) ? 1 : 0;
            en += ENGLISH.contains(lower) ? 1 : 0;
        }
        if (vi != en) {
            return vi > en ? "vi" : "en";
        }
        return markedShare(text == null ? "" : text) >= MARKED_SHARE ? "vi" : "en";
    }

    private static double markedShare(String text) {
        int letters = 0;
        int marked = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            marked += base.length() > 1 || c == 'đ' || c == 'Đ' ? 1 : 0;
        }
        return letters == 0 ? 0 : (double) marked / letters;
    }
}
