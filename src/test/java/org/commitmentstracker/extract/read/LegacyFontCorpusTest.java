package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Vietnamese statement of the corpus, typed in the old fonts (TCVN3, VNI) and saved as text the way Windows
 * saved it (code page 1252), reads as the same text as the Unicode original as a typist with those fonts could
 * write it (LegacyFontWriter: for TCVN3 without its capitals with a mark; a foreign "ñ" or "ü" plain); so its
 * extraction is the same too. English statements stay as
 * they are (LegacyVietnameseTest).
 */
class LegacyFontCorpusTest extends StatementFileFixture {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void everyVietnameseStatementOfTheCorpusReadsTheSameInTheOldFonts() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Path statement : vietnameseStatements()) {
            String unicode = Files.readString(statement, StandardCharsets.UTF_8);
            String name = statement.getFileName().toString();
            assertThat(read("vni-" + name, LegacyFontWriter.vni(unicode).getBytes(WINDOWS_1252)).text())
                    .as("%s in VNI", name)
                    .isEqualTo(read(name, LegacyFontWriter.typedInVni(unicode).getBytes(StandardCharsets.UTF_8)).text());
            assertThat(read("tcvn3-" + name, LegacyFontWriter.tcvn3(unicode).getBytes(WINDOWS_1252)).text())
                    .as("%s in TCVN3", name)
                    .isEqualTo(read(name, LegacyFontWriter.typedInTcvn3(unicode).getBytes(StandardCharsets.UTF_8)).text());
            checked.add(name);
        }
        System.out.println("old fonts: " + checked.size() + " Vietnamese statements read alike in VNI and TCVN3");
        assertThat(checked).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void noVietnameseStatementOfTheCorpusSavedInWindows1258IsTakenForAnOldFont() throws Exception {
        // Windows-1258 writes tones as marks after the letter; seen as Windows-1252 its bytes are letters TCVN3 and
        // VNI use too ("Ì", "ì", "Ò", "ò"). Each statement must still read as itself, with no doubt said.
        Charset windows1258 = Charset.forName("windows-1258");
        int checked = 0;
        for (Path statement : vietnameseStatements()) {
            String name = statement.getFileName().toString();
            byte[] bytes = ReadFixtures.windows1258(Files.readString(statement, StandardCharsets.UTF_8));
            SourceText text = read("1258-" + name, bytes);
            assertThat(text.text()).as("%s in Windows-1258", name)
                    .isEqualTo(read(name, new String(bytes, windows1258).getBytes(StandardCharsets.UTF_8)).text());
            assertThat(text.warnings()).as(name).isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(60);
    }

    /** The corpus's statements and seeds whose letters are mostly Vietnamese. */
    private static List<Path> vietnameseStatements() throws Exception {
        Path corpus = Path.of(LegacyFontCorpusTest.class.getResource("/corpus/splits.tsv").toURI()).getParent();
        List<Path> found = new ArrayList<>();
        for (String folder : List.of("statements", "seeds")) {
            try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    if (isVietnamese(Files.readString(file, StandardCharsets.UTF_8))) {
                        found.add(file);
                    }
                }
            }
        }
        return found;
    }

    private static boolean isVietnamese(String text) {
        long vietnamese = text.chars().filter(c -> "ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
                .indexOf(Character.toLowerCase(c)) >= 0).count();
        long letters = text.chars().filter(Character::isLetter).count();
        return vietnamese * 20 > letters;
    }
}
