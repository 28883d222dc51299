package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A text file that is partly UTF-8 is refused in words rather than decoded into garbled letters. */
class Utf8ScanTest extends StatementFileFixture {
    static final String VIETNAMESE = "Hai bên nhất trí tăng cường hợp tác đầu tư, thương mại và giáo dục.\n";

    @Test
    void utf8CutInTheMiddleOfCharactersIsInvalid() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Tuyên bố chung\n\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 4; i++) {
            byte[] line = VIETNAMESE.strip().getBytes(StandardCharsets.UTF_8);
            // As a tool that cuts lines at a byte count leaves them: "Hai bên nh" and two, then one, of the three
            // bytes of "ấ" (a lone first byte at the end of a line is a cut character, not a Windows-1258 letter).
            bytes.writeBytes(i < 2 ? line : Arrays.copyOf(line, i == 2 ? 13 : 12));
            bytes.write('\n');
        }
        assertRefused("cut.txt", bytes.toByteArray(), StatementProblem.INVALID_ENCODING,
                "cut.txt: is not valid UTF-8: 3 bytes from line 5 on are not characters (is it damaged, "
                        + "or cut in the middle of a character?)");
    }

    @Test
    void utf8AndWindows1258PastedTogetherAreMixed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(VIETNAMESE.repeat(2).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(ReadFixtures.windows1258(VIETNAMESE.repeat(2)));
        assertRefused("mixed.txt", bytes.toByteArray(), StatementProblem.MIXED_ENCODING,
                "mixed.txt: mixes two text encodings, UTF-8 and an older one such as Windows-1258 (from "
                        + "line 3); save it again as UTF-8 and check its accents");
    }

    @Test
    void aFewByteSequencesThatHappenToBeUtf8DoNotMakeAnOlderEncodingMixed() throws Exception {
        // "É’" is C9 92 in Windows-1252, which is also a two-byte UTF-8 character.
        String french = "CAFÉ’S ÉTÉ’S " + "Le café – “quoted” – déjà vu, à côté de l’église. ".repeat(20);
        byte[] bytes = french.getBytes(Charset.forName("windows-1252"));
        assertThat(read("fr.txt", bytes).text()).isEqualTo(french.strip());
    }
}
