package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest extends StatementFileFixture {
    @Test
    void utf8WithoutBom() throws Exception {
        SourceText text = read("s.txt", ReadFixtures.VIETNAMESE.getBytes(StandardCharsets.UTF_8));
        assertThat(text).isEqualTo(new SourceText("s.txt", ReadFixtures.VIETNAMESE, null, "txt"));
    }

    @Test
    void utf8WithBomLosesTheBom() throws Exception {
        byte[] body = ReadFixtures.VIETNAMESE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(read("s.txt", bytes).text()).isEqualTo(ReadFixtures.VIETNAMESE);
    }

    @Test
    void utf16LittleAndBigEndianWithBom() throws Exception {
        // Java's "UTF-16" encoder writes a big-endian BOM; build the little-endian one by hand.
        assertThat(read("be.txt", ReadFixtures.VIETNAMESE.getBytes(StandardCharsets.UTF_16)).text())
                .isEqualTo(ReadFixtures.VIETNAMESE);
        byte[] le = ("\uFEFF" + ReadFixtures.VIETNAMESE).getBytes(StandardCharsets.UTF_16LE);
        assertThat(le[0]).isEqualTo((byte) 0xFF);
        assertThat(read("le.txt", le).text()).isEqualTo(ReadFixtures.VIETNAMESE);
    }

    @Test
    void windows1258WithCombiningTonesComesOutComposed() throws Exception {
        byte[] bytes = ReadFixtures.windows1258(ReadFixtures.VIETNAMESE);
        assertThat(bytes).contains((byte) 0xEC, (byte) 0xCC); // combining acute and grave, as 1258 writes them
        assertThat(EncodingDetector.detect(bytes)).isEqualTo("windows-1258");
        String text = read("vn.txt", bytes).text();
        assertThat(text).isEqualTo(ReadFixtures.VIETNAMESE);
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void windows1252() throws Exception {
        String french = "Le café – “quoted” – déjà vu";
        byte[] bytes = french.getBytes(Charset.forName("windows-1252"));
        assertThat(EncodingDetector.detect(bytes)).isEqualTo("windows-1252");
        assertThat(read("fr.txt", bytes).text()).isEqualTo(french);
    }

    @Test
    void invalidUtf8FallsBackToASingleByteEncodingInsteadOfFailing() throws Exception {
        byte[] bytes = "Caf\u00e9 agreed.".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(read("latin.txt", bytes).text()).isEqualTo("Café agreed.");
    }

    @Test
    void decomposedInputComesOutComposed() throws Exception {
        String decomposed = Normalizer.normalize(ReadFixtures.VIETNAMESE, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(ReadFixtures.VIETNAMESE);
        assertThat(read("nfd.txt", decomposed.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo(ReadFixtures.VIETNAMESE);
    }

    @Test
    void lineEndsSpacesAndInvisibleCharactersAreNormalised() throws Exception {
        String raw = "\r\n\uFEFFTitle  \r\nfirst\u00A0line,\u202Fhard-wrapped\r\nsecond\tline \u200B\r\r\r\n\r\n"
                + "Next\u2007para\u200Cgraph\u200D.\n \n\n";
        assertThat(read("crlf.txt", raw.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("Title\nfirst line, hard-wrapped\nsecond\tline\n\nNext paragraph.");
    }

    @Test
    void smartQuotesAndSourceLinesAreKeptVerbatim() throws Exception {
        String raw = "Source: https://mofa.gov.vn/statement\n\n“Both sides” agreed ‘in principle’.";
        SourceText text = read("q.txt", raw.getBytes(StandardCharsets.UTF_8));
        assertThat(text.text()).isEqualTo(raw);
        assertThat(text.sourceUrl()).isNull();
    }

    @Test
    void clipboardTextIsNormalisedLikeAFile() throws Exception {
        String pasted = Normalizer.normalize("Hai bên\r\nđồng ý\u00A0 \r\n\r\n\r\nhợp tác", Normalizer.Form.NFD);
        assertThat(readers.fromClipboard(pasted))
                .isEqualTo(new SourceText("clipboard", "Hai bên\nđồng ý\n\nhợp tác", null, "clipboard"));
    }

    @Test
    void clipboardBadInput() {
        assertThatThrownBy(() -> readers.fromClipboard(" \n\t ")).hasMessage("clipboard: is empty");
        assertThatThrownBy(() -> readers.fromClipboard(null)).hasMessage("clipboard: is empty");
        assertThatThrownBy(() -> readers.fromClipboard("12.3 – 45/67")).hasMessage("clipboard: has no text");
        assertThatThrownBy(() -> new StatementReaders(10).fromClipboard("a long pasted text"))
                .hasMessage("clipboard: is too large (18 bytes; the limit is 10 bytes)");
    }

    @Test
    void pageLinesOfTextPastedFromAPdfGoAndARowsWrappedCellJoinsIt() throws Exception {
        String raw = "1. The two sides agreed to establish a joint working group on\nPage 3 of 5\n"
                + "Joint Statement - Viet Nam and Finland          - 4 -\ninnovation by the end of 2026.\n\n"
                + "1.2\tHold the dialogue\tMFA\tQ3/2026\n\tand review the plan\n";
        assertThat(read("pasted.txt", raw.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(
                "1. The two sides agreed to establish a joint working group on\ninnovation by the end of 2026.\n\n"
                + "1.2\tHold the dialogue and review the plan\tMFA\tQ3/2026");
    }
}
