package org.commitmentstracker.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.SeedCorpus;
import org.junit.jupiter.api.Test;

class LeadingWordsTest {
    @Test
    void wordsAfterLeadingLookbehindsStartTheMatch() {
        assertThat(LeadingWords.of("(?<!to\\s)(?<!will\\s)\\bsigned\\s+(?:an?|the)\\s+agreement")).containsExactly("signed");
        assertThat(LeadingWords.of("(?<!lời )\\bmời\\s+\\S+")).containsExactly("mời");
        assertThat(LeadingWords.of("(?<![(]x)\\b(?:said|told\\s+\\S+|added)\\s+")).containsExactly("said", "told", "added");
    }

    @Test
    void anAlternativeOpeningWithAGroupGivesThatGroupsWords() {
        assertThat(LeadingWords.of("\\b(?:cùng ngày|(?:sáng|chiều|tối) (?:nay|mai)|trong dịp)\\b"))
                .containsExactly("cùng ngày", "sáng", "chiều", "tối", "trong dịp");
    }

    @Test
    void everyAlternativeOfThePatternCounts() {
        assertThat(LeadingWords.of("(?iu)\\b(?:visit|talks)\\b|thăm|hội đàm")).containsExactly("visit", "talks", "thăm", "hội đàm");
        assertThat(LeadingWords.of("\\b(?:visit|talks)\\b|\\d+ days")).isEmpty();
    }

    @Test
    void quotedWordsCount() {
        assertThat(LeadingWords.of("(?<![\\p{L}])(?:\\Qno\\E\\s+\\Qlater than\\E|\\Qtowards\\E?|\\Qcuối\\E)"))
                .containsExactly("no", "toward", "cuối");
        assertThat(LeadingWords.of("\\Qa\\E\\s+b")).isEmpty();
    }

    @Test
    void anOptionalOrRepeatedOpeningGivesNoWords() {
        assertThat(LeadingWords.of("\\b(?:(?:decided?|agreed?)\\s+to\\s+)?(?:adopt|issue)\\s+this")).isEmpty();
        assertThat(LeadingWords.of("(?:(?:sáng|chiều)?\\s*mai|nay)")).isEmpty();
        assertThat(LeadingWords.of("(?:very\\s+){0,2}good")).isEmpty();
        assertThat(LeadingWords.of("(?<!x)(?:\\S+\\s+)*said")).isEmpty();
        assertThat(LeadingWords.of("a(?:b")).isEmpty();
    }

    @Test
    void aPatternIsTriedAfterAnEarlierMatchAndNotInsideIt() {
        LeadingWords agreed = LeadingWords.of(Pattern.compile("\\b(?:agreed|agreed to)\\s+\\w+"));
        assertThat(spans(agreed.findAll("they agreed agreed, agreed on"))).containsExactly("5-18", "20-29");
    }

    @Test
    void aPatternThatIgnoresCaseFindsWhatFindFindsInAnyCase() {
        Pattern adopted = Pattern.compile("(?iu)\\b(?:adopted|signed|ký)\\s+(?:the\\s+)?(?:statement|tuyên bố)");
        // "ſ" (long s) and "K" (Kelvin sign) are "s" and "k" to a case-insensitive match
        String text = "They ADOPTED the Statement; ſigned statement; hai bên đã Ký tuyên bố; unsigned statement, Kelvin: \u212Aý tuyên bố";
        LeadingWords words = LeadingWords.of(adopted);
        assertThat(words.words()).containsExactly("adopted", "signed", "ký");
        assertThat(spans(words.findAll(text))).isEqualTo(spans(adopted.matcher(text).results().toList())).hasSize(4);
    }

    @Test
    void withoutWordsItRunsFind() {
        Pattern digits = Pattern.compile("\\d*");
        assertThat(spans(LeadingWords.of(digits).findAll("a12b"))).isEqualTo(spans(digits.matcher("a12b").results().toList()));
        assertThat(LeadingWords.of(Pattern.compile("said|told", Pattern.COMMENTS)).words()).isEmpty();
    }

    @Test
    void everyMatchHoldsOneOfTheRequiredWords() {
        assertThat(LeadingWords.required("\\b\\S+\\.(?:jpe?g|png)\\b")).containsExactly("jp", "png");
        assertThat(LeadingWords.required("-?\\s*Ảnh\\s+\\d+\\.?$")).containsExactly("Ảnh");
        assertThat(LeadingWords.required("(?:^|[\\s.(])(?:Photos?|Video)\\s*:")).containsExactly("Photo", "Video");
        assertThat(LeadingWords.required("(?:foo)?\\p{Lu}\\k<sep>ab{0,2}bar")).containsExactly("bar");
        assertThat(LeadingWords.required("x?\\Qab\\E[cd]+(?<n>ef)ghi")).containsExactly("ghi");
        assertThat(LeadingWords.required("ab(?:x|yz)|cd")).containsExactly("ab", "cd");
        assertThat(LeadingWords.required("(?iu)(?:^(?:photo|ảnh)\\s*:|(?:^|[\\s-])ảnh\\s*\\d)")).containsExactly("photo", "ảnh", "ảnh");
        assertThat(LeadingWords.required("(?:x|\\d+)ab")).containsExactly("ab");
        assertThat(LeadingWords.required("abc|d")).isEmpty();
        assertThat(LeadingWords.required("\\d+[a-z]*")).isEmpty();
    }

    @Test
    void aPatternOpeningWithACaretInEachAlternativeIsTriedAtTheStartAlone() {
        assertThat(LeadingWords.anchoredAtStart("^(?:by|theo)\\s+x")).isTrue();
        assertThat(LeadingWords.anchoredAtStart("(?iu)^a|^b")).isTrue();
        assertThat(LeadingWords.anchoredAtStart("^a|b")).isFalse();
        assertThat(LeadingWords.anchoredAtStart("(?:^|[\\s.(])Photo")).isFalse();
        assertThat(LeadingWords.anchoredAtStart("a^")).isFalse();
        // "^" starts a line with MULTILINE: every line start is tried, as find() does
        Pattern lines = Pattern.compile("^b", Pattern.MULTILINE);
        assertThat(LeadingWords.of(lines).find(lines.matcher("a\nb"))).isTrue();
        Pattern start = Pattern.compile("^b|^a+");
        var m = start.matcher("aab");
        assertThat(LeadingWords.of(start).find(m)).isTrue();
        assertThat(m.group()).isEqualTo("aa");
        assertThat(LeadingWords.of(start).find(start.matcher("cab"))).isFalse();
    }

    @Test
    void theNoisePatternsFindWhatFindFindsOnEveryCorpusLine() throws IOException {
        List<Pattern> noise = noisePatterns();
        int matched = 0;
        for (SeedCorpus.Listed listed : SeedCorpus.listed()) {
            for (String line : Files.readString(SeedCorpus.statement(listed.file())).split("\n")) {
                for (Pattern pattern : noise) {
                    var found = pattern.matcher(line.strip());
                    var tried = pattern.matcher(line.strip());
                    boolean expected = found.find();
                    assertThat(LeadingWords.of(pattern).find(tried)).as("%s in %s", pattern, line).isEqualTo(expected);
                    if (expected) {
                        matched++;
                        assertThat(tried.group()).isEqualTo(found.group());
                    }
                }
            }
        }
        assertThat(matched).isPositive();
    }

    private static List<Pattern> noisePatterns() throws IOException {
        List<Pattern> noise = new ArrayList<>();
        try (var in = LeadingWords.class.getResourceAsStream("/org/commitmentstracker/extract/classify/noise.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("pattern\t")) {
                    noise.add(Pattern.compile(line.substring("pattern\t".length()).strip(),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
                }
            }
        }
        return noise;
    }

    @Test
    void theNoisePatternsMatchNoCorpusLineWithoutTheirRequiredWords() throws IOException {
        List<Pattern> noise = noisePatterns();
        assertThat(noise).hasSizeGreaterThan(10);
        int matched = 0;
        for (SeedCorpus.Listed listed : SeedCorpus.listed()) {
            for (String line : Files.readString(SeedCorpus.statement(listed.file())).split("\n")) {
                for (Pattern pattern : noise) {
                    if (pattern.matcher(line.strip()).find()) {
                        matched++;
                        assertThat(LeadingWords.of(pattern).mayOccurIn(LeadingWords.fold(line.strip()))).as("%s in %s", pattern, line).isTrue();
                    }
                }
            }
        }
        assertThat(matched).isPositive();
    }

    private static List<String> spans(List<java.util.regex.MatchResult> results) {
        List<String> spans = new ArrayList<>();
        for (java.util.regex.MatchResult r : results) {
            spans.add(r.start() + "-" + r.end());
        }
        return spans;
    }
}
