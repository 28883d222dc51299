package org.commitmentstracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.commitmentstracker.model.Status;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void englishAndVietnameseHaveTheSameKeys() {
        Set<String> english = new Messages(Locale.ENGLISH).bundle().keySet();
        Set<String> vietnamese = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("vi"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet();
        assertThat(vietnamese).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void statusesAreInTheWindowLanguage() {
        assertThat(new Messages(Locale.ENGLISH).status(Status.AT_RISK)).isEqualTo("At risk");
        assertThat(new Messages(Locale.forLanguageTag("vi")).status(Status.AT_RISK)).isEqualTo("Có nguy cơ chậm");
    }

    @Test
    void vietnameseIsReadAsUtf8AndOtherLocalesFallBackToEnglish() {
        assertThat(new Messages(Locale.forLanguageTag("vi-VN")).get("column.owner")).isEqualTo("Cơ quan chủ trì");
        assertThat(new Messages(Locale.FRENCH).get("column.owner")).isEqualTo("Owner");
        assertThat(new Messages(Locale.FRENCH).language()).isEqualTo("en");
    }
}
