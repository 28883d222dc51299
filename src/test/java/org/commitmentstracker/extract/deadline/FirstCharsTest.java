package org.commitmentstracker.extract.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.SeedCorpus;
import org.junit.jupiter.api.Test;

class FirstCharsTest {
    @Test
    void aMatchStartsWithALetterOfOneOfTheWordsOrADigit() {
        FirstChars first = FirstChars.of("(?<lead>)(?<![\\p{L}\\p{N}])(?:(?:the\\s+)?term\\s+|nhiệm\\s+kỳ\\s+)?(?<y>(?:19|20)\\d{2})");
        assertThat(admitted(first, "tTnN12aehk03 .,-Đ")).isEqualTo("tTnN12");
    }

    @Test
    void caseIsIgnoredAsTheRegexEngineIgnoresIt() {
        FirstChars first = FirstChars.of("(?:đầu|Quý|[ivx])");
        assertThat(admitted(first, "đĐqQiIvVxXdDuUaA")).isEqualTo("đĐqQiIvVxX");
    }

    @Test
    void whatCanStartEmptyOrIsUnknownAdmitsEverything() {
        for (String regex : new String[] {"(?:by\\s+)?", "(?<lead>)(?=x)", ".*?2026", "\\S+", "[^a]b", "(?>ab)", "\\k<sep>1",
            "(?:a|)", "(?<d>a)?\\P{L}"}) {
            FirstChars first = FirstChars.of(regex);
            assertThat(admitted(first, "zZ9 ,")).as(regex).isEqualTo("zZ9 ,");
        }
    }

    @Test
    void aQuantifierFromZeroLetsWhatFollowsStartTheMatch() {
        assertThat(admitted(FirstChars.of("x{0,3}y"), "xyXYz")).isEqualTo("xyXY");
        assertThat(admitted(FirstChars.of("x{1,3}y"), "xyXYz")).isEqualTo("xX");
        assertThat(admitted(FirstChars.of("(?:the\\s+)*+end"), "tenTEN ")).isEqualTo("teTE");
    }

    private static String admitted(FirstChars first, String chars) {
        StringBuilder kept = new StringBuilder();
        chars.chars().filter(c -> first.admits((char) c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    /** The scanner tries a rule only where its first characters admit: no match it found before is lost. */
    @Test
    void everyRuleMatchInTheCorpusStartsWithAnAdmittedCharacter() throws IOException {
        int matches = 0;
        for (SeedCorpus.Listed listed : SeedCorpus.listed()) {
            String text = DateScanner.normalize(Files.readString(SeedCorpus.statement(listed.file())));
            for (DateRule rule : DateScanner.RULES) {
                for (int[] window : DateScanner.windows(text)) {
                    for (int start : DateScanner.wordStarts(text, window)) {
                        matches += check(rule.pattern(), rule.first(), text, start, window[1], false);
                        if (rule.core() != null) {
                            matches += check(rule.core(), rule.coreFirst(), text, start, window[1], true);
                        }
                    }
                }
            }
        }
        assertThat(matches).isGreaterThan(1000);
    }

    private static int check(Pattern pattern, FirstChars first, String text, int start, int end, boolean emptyCounts) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false).region(start, end);
        if (!m.lookingAt() || (!emptyCounts && m.end() == m.start())) {
            return 0;
        }
        assertThat(first.admits(text.charAt(start))).as("%s at %d: %s", pattern, start, m.group()).isTrue();
        return 1;
    }
}
