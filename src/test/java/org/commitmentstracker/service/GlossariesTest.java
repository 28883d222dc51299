package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commitmentstracker.bundled.BundledData;
import org.commitmentstracker.model.Explanation;
import org.commitmentstracker.model.Glossary;
import org.commitmentstracker.model.SearchTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossariesTest {
    @TempDir
    Path folder;

    @Test
    void theBundledGlossaryHoldsAtLeast300PairsAllNfcNoneTwiceNoneBad() {
        Glossary bundled = Glossaries.bundled();

        assertThat(bundled.problems()).isEmpty();
        assertThat(bundled.entries()).hasSizeGreaterThanOrEqualTo(300);
        String text = BundledData.text("glossary.tsv");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        Set<String> keys = new HashSet<>();
        for (Glossary.Entry entry : bundled.entries()) {
            assertThat(keys.add(entry.key())).as("twice in the glossary: %s", entry.vi()).isTrue();
        }
        // Real Vietnamese with its marks: the pairs the search is asked to know.
        assertThat(bundled.entries()).extracting(e -> e.vi().get(0) + " = " + e.en().get(0)).contains(
                "đầu tư = investment", "thương mại = trade", "hợp tác = cooperation",
                "bản ghi nhớ = memorandum of understanding", "kim ngạch thương mại = trade turnover",
                "Ủy ban liên chính phủ = Intergovernmental Committee", "lãnh sự quán = consulate");
        assertThat(bundled.entries()).filteredOn(e -> e.vi().get(0).split(" ").length > 1).hasSizeGreaterThan(200);
    }

    @Test
    void theBundledGlossaryExpandsBothWays() {
        Glossary bundled = Glossaries.bundled();
        assertThat(terms(bundled.expand("dau tu"))).contains("investment");
        assertThat(terms(bundled.expand("trade"))).contains("thuong mai");
        assertThat(terms(bundled.expand("ban ghi nho"))).contains("memorandum of understanding");
    }

    @Test
    void theOfficersFileExtendsTheBundledOneAndIsReadAgainWhenChanged() throws Exception {
        Path own = folder.resolve(Glossaries.OWN_FILE);
        Glossaries glossaries = Glossaries.of(folder);
        assertThat(terms(glossaries.current().expand("cafe"))).isEmpty();

        Files.writeString(own, "vi\ten\nhội chợ cà phê\tcoffee fair\nno tab here\n", StandardCharsets.UTF_8);
        Glossary read = glossaries.current();

        assertThat(terms(read.expand("coffee fair"))).contains("hoi cho ca phe");
        assertThat(terms(read.expand("dau tu"))).contains("investment");
        assertThat(read.problems()).extracting(Explanation::english).containsExactly(
                own + " line 3: needs a Vietnamese term, one tab, and an English term (found 1 cell); line left out");

        Files.writeString(own, "vi\ten\nhội chợ cà phê\tcoffee show\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(own, FileTime.fromMillis(Files.getLastModifiedTime(own).toMillis() + 5000));
        assertThat(terms(glossaries.current().expand("coffee show"))).contains("hoi cho ca phe");
        assertThat(glossaries.current().problems()).isEmpty();
    }

    @Test
    void aFileNotInUtf8IsToldAndLeftOut() throws Exception {
        Path own = folder.resolve(Glossaries.OWN_FILE);
        Files.write(own, "vi\ten\nh\u1ee3p t\u00e1c\tteamwork\n".getBytes(java.nio.charset.Charset.forName("UTF-16")));

        Glossary read = Glossaries.of(folder).current();

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.wordsKey()).isEqualTo("glossary.problem.NOT_UTF8");
            assertThat(p.english()).contains(own.toString());
        });
        assertThat(terms(read.expand("trade"))).contains("thuong mai");
    }

    /** Every term a search adds (what was typed left out). */
    static List<String> terms(SearchTerms terms) {
        return terms.groups().stream().flatMap(g -> g.stream().skip(1)).map(a -> String.join(" ", a.words())).toList();
    }
}
