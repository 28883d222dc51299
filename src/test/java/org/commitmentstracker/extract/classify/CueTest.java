package org.commitmentstracker.extract.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.commitmentstracker.extract.SeedCorpus;
import org.junit.jupiter.api.Test;

class CueTest {
    /** The stems only spare work: trying a cue only where a stem starts finds what find() over the whole text finds. */
    @Test
    void matchesAtTheStemsAreWhatFindFinds() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (SeedCorpus.Listed listed : SeedCorpus.listed()) {
            for (String paragraph : Files.readString(SeedCorpus.statement(listed.file())).split("\\n\\s*\\n")) {
                paragraphs.add(Cue.fold(paragraph));
            }
        }
        int matched = 0;
        for (String language : List.of("en", "vi")) {
            for (Cue cue : CueBook.load(language).cues) {
                for (String paragraph : paragraphs) {
                    List<String> found = new ArrayList<>();
                    Matcher m = cue.pattern().matcher(paragraph);
                    while (m.find()) {
                        if (m.end() > m.start()) {
                            found.add(m.start() + "-" + m.end());
                        }
                    }
                    matched += found.size();
                    assertThat(cue.matches(paragraph).stream().map(r -> r[0] + "-" + r[1]).toList())
                            .as("%s in %s", cue.pattern(), paragraph).isEqualTo(found);
                }
            }
        }
        assertThat(matched).isGreaterThan(1000);
    }
}
