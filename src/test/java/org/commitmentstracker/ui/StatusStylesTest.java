package org.commitmentstracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.StatusPalette;
import org.junit.jupiter.api.Test;

/** The table's status chips in app.css wear StatusPalette's colours: one palette for chips, charts and reports. */
class StatusStylesTest {

    @Test
    void everyStatusChipHasItsPaletteColourAndReadableText() throws IOException {
        String css = appCss();
        for (Status status : Status.values()) {
            String rule = rule(css, ".status-" + status.name().toLowerCase().replace('_', '-'));
            assertThat(value(rule, "-fx-background-color")).as(status.name())
                    .isEqualToIgnoringCase(StatusPalette.colour(status));
            assertThat(value(rule, "-fx-text-fill")).as(status.name() + " text")
                    .isEqualToIgnoringCase(StatusPalette.textOn(status));
        }
    }

    @Test
    void anOverdueDeadlineIsInThePalettesRed() throws IOException {
        assertThat(value(rule(appCss(), ".deadline-overdue"), "-fx-text-fill")).isEqualToIgnoringCase(StatusPalette.OVERDUE);
        // The dashboard's figures: overdue in the same red, completed in the Completed green.
        assertThat(value(rule(appCss(), ".tile-danger .tile-number"), "-fx-text-fill"))
                .isEqualToIgnoringCase(StatusPalette.OVERDUE);
        assertThat(value(rule(appCss(), ".tile-success .tile-number"), "-fx-text-fill"))
                .isEqualToIgnoringCase(StatusPalette.colour(Status.COMPLETED));
    }

    private static String appCss() throws IOException {
        try (InputStream in = StatusStylesTest.class.getResourceAsStream("/org/commitmentstracker/ui/app.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String rule(String css, String selector) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
        assertThat(m.find()).as("a rule for " + selector).isTrue();
        return m.group(1);
    }

    private static String value(String rule, String property) {
        Matcher m = Pattern.compile(Pattern.quote(property) + "\\s*:\\s*([^;]+);").matcher(rule);
        assertThat(m.find()).as(property).isTrue();
        return m.group(1).strip();
    }
}
