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
    @Test
    void wordsAfterLeadingLookbehindsAreStems() {
        assertThat(Cue.leadingStems("(?<!to\\s)(?<!will\\s)\\bsigned\\s+(?:an?|the)\\s+agreement")).containsExactly("signed");
        assertThat(Cue.leadingStems("(?<!lời )\\bmời\\s+\\S+")).containsExactly("mời");
        assertThat(Cue.leadingStems("(?<![(]x)\\b(?:said|told\\s+\\S+|added)\\s+")).containsExactly("said", "told", "added");
    }

    @Test
    void anAlternativeOpeningWithAGroupGivesThatGroupsWords() {
        assertThat(Cue.leadingStems("\\b(?:cùng ngày|(?:sáng|chiều|tối) (?:nay|mai)|trong dịp)\\b"))
                .containsExactly("cùng ngày", "sáng", "chiều", "tối", "trong dịp");
    }

    @Test
    void anOptionalOrRepeatedOpeningGivesNoStems() {
        assertThat(Cue.leadingStems("\\b(?:(?:decided?|agreed?)\\s+to\\s+)?(?:adopt|issue)\\s+this")).isEmpty();
        assertThat(Cue.leadingStems("(?:(?:sáng|chiều)?\\s*mai|nay)")).isEmpty();
        assertThat(Cue.leadingStems("(?:very\\s+){0,2}good")).isEmpty();
        assertThat(Cue.leadingStems("(?<!x)(?:\\S+\\s+)*said")).isEmpty();
    }

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

    @Test
    void aCueIsTriedAfterAnEarlierMatchAndNotInsideIt() {
        Cue cue = Cue.of("position", "\\b(?:agreed|agreed to)\\s+\\w+");
        assertThat(cue.matches("they agreed agreed, agreed on").stream().map(r -> r[0] + "-" + r[1]).toList())
                .containsExactly("5-18", "20-29");
    }
}
