package org.commitmentstracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The report's words exist in both languages: a key in one file only would fall back to English in the
 * Vietnamese report (ResourceBundle reads the base file as the parent), so each file is read on its own.
 */
class ReportWordsBundlesTest {
    @Test
    void englishAndVietnameseHaveTheSameKeys() throws IOException {
        Properties english = read("words.properties");
        Properties vietnamese = read("words_vi.properties");
        assertThat(vietnamese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).contains("word.title", "word.section.partners", "word.recipients");
    }

    private static Properties read(String name) throws IOException {
        Properties words = new Properties();
        try (InputStream in = ReportWordsBundlesTest.class.getResourceAsStream(name)) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }
}
