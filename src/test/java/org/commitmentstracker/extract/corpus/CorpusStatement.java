package org.commitmentstracker.extract.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

/**
 * A statement of the corpus as the format writers need it: its base name, its paragraphs, and from its
 * gold file (when there is one) the language, the title and the date, which the writers put where a
 * real document has them (document properties, a news page's headline and publication line).
 */
record CorpusStatement(String base, String text, List<Paragraph> paragraphs, String language, String title,
                       LocalDate date) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The date used when a statement has no gold date yet. */
    static final LocalDate FALLBACK_DATE = LocalDate.of(2025, 1, 1);

    static CorpusStatement read(Path txt, Path goldDir) throws IOException {
        String name = txt.getFileName().toString();
        String text = Normalizer.normalize(Files.readString(txt).replace("\ufeff", ""), Normalizer.Form.NFC);
        Path goldFile = goldDir.resolve(name + ".gold.json");
        JsonNode gold = Files.exists(goldFile) ? JSON.readTree(goldFile.toFile()) : JSON.createObjectNode();
        String language = gold.path("language").asText(vietnameseShare(text) > 0.02 ? "vi" : "en");
        String title = gold.path("title").asText("");
        LocalDate date = FALLBACK_DATE;
        try {
            date = LocalDate.parse(gold.path("date").asText(""));
        } catch (RuntimeException e) {
            // no gold date yet: the fixed fallback keeps the output the same from run to run
        }
        return new CorpusStatement(name.replaceFirst("\\.txt$", ""), text, Paragraph.of(text), language, title, date);
    }

    boolean vietnamese() {
        return language.equals("vi");
    }

    /** The title a running header or a headline shows: the gold title, else a generic one. */
    String headline() {
        if (!title.isBlank()) {
            return title.strip();
        }
        return vietnamese() ? "Tuyên bố chung" : "Joint Statement";
    }

    private static double vietnameseShare(String text) {
        long marked = text.chars().filter(c -> "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".indexOf(
                Character.toLowerCase(c)) >= 0).count();
        return text.isEmpty() ? 0 : (double) marked / text.length();
    }
}
