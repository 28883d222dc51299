package org.commitmentstracker.badinput;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.commitmentstracker.bundled.BundledData;
import org.commitmentstracker.extract.read.ReadFixtures;

/**
 * The statement files of the corpus that are made rather than written by hand: each a real statement (the sample
 * ones) spoiled the way files get spoiled, or a file of another kind under a statement's name.
 */
final class BadStatementFiles {
    static final String ENGLISH = BundledData.text("sample/viet-nam-chile-2025.txt");
    static final String VIETNAMESE = BundledData.text("sample/viet-nam-hungary-2025.txt");
    /** Big enough to be refused as a bomb, small enough to commit: it deflates to about 100 KB. */
    static final int BOMB_BYTES = 100 * 1024 * 1024;

    private BadStatementFiles() {
    }

    /** By file name; {@code form} is a real update form, to be passed off as a Word file. */
    static Map<String, byte[]> all(byte[] form) throws IOException, GeneralSecurityException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] docx = ReadFixtures.docx(paragraphs(ENGLISH));
        byte[] pdf = ReadFixtures.pdf(wrapped(ENGLISH, 95));
        files.put("empty.txt", new byte[0]);
        files.put("whitespace-only.txt", "\uFEFF  \r\n\t\r\n\u00A0 \u3000\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        files.put("binary.txt", randomBytes(4096, 7));
        files.put("binary.pdf", randomBytes(4096, 8));
        files.put("image-renamed.txt", image("png"));
        files.put("image-renamed.docx", image("jpeg"));
        files.put("truncated.docx", Arrays.copyOf(docx, docx.length * 6 / 10));
        files.put("truncated.pdf", Arrays.copyOf(pdf, pdf.length * 7 / 10));
        files.put("password.docx", ReadFixtures.officeWithPassword(docx));
        files.put("password.pdf", ReadFixtures.pdfWithPassword(pdf));
        files.put("zip-bomb.docx", withPart(docx, "word/media/image1.bin", new byte[BOMB_BYTES]));
        files.put("xml-external-entity.docx", withPart(docx, "word/document.xml", utf8(documentXml(
                "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;"))));
        files.put("billion-laughs.docx", withPart(docx, "word/document.xml", utf8(documentXml(billionLaughs(),
                "&lol9;"))));
        files.put("damaged.docx", withPart(docx, "word/document.xml", utf8(documentXml("", ENGLISH.lines()
                .findFirst().orElseThrow()).replace("</w:t></w:r></w:p></w:body></w:document>", ""))));
        files.put("damaged.pdf", ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Kids [3 0 R /Count\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        files.put("scanned.pdf", ReadFixtures.pdfWithoutText());
        files.put("numbers-only.txt", utf8("2023\t1,214.5\t+8.2%\n2024\t1,318.0\t+8.5%\n2025\t1,450.3\t+10.0%\n"));
        files.put("invalid-utf8.txt", cutAtBytes(VIETNAMESE, 120));
        files.put("mixed-encodings.txt", mixedEncodings(VIETNAMESE));
        files.put("spreadsheet-renamed.docx", form);
        // An RTF file is read whatever its name; this one holds a title and no commitment.
        files.put("rtf-renamed.txt", utf8("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}}\\f0\\fs24 "
                + ENGLISH.lines().findFirst().orElseThrow() + "\\par}"));
        files.put("old-word.doc", oldWordDocument());
        return files;
    }

    static List<String> paragraphs(String text) {
        return List.of(text.strip().split("\\R\\s*\\R"));
    }

    /** The statement's lines as a PDF writer sets them: at most {@code width} characters, a gap between paragraphs. */
    static String[] wrapped(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs(text)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split("\\s+")) {
                if (line.length() + word.length() + 1 > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(word);
            }
            lines.add(line.toString());
            lines.add("");
        }
        return lines.toArray(String[]::new);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** A small picture as a phone or a scanner saves it. */
    private static byte[] image(String format) throws IOException {
        BufferedImage picture = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 32, 32);
        g.setColor(Color.RED);
        g.fillOval(8, 8, 16, 16);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, format, out);
        return out.toByteArray();
    }

    static byte[] withPart(byte[] zip, String path, byte[] content) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(ReadFixtures.entries(zip));
        entries.put(path, content);
        return ReadFixtures.zip(entries);
    }

    private static String documentXml(String doctype, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + doctype
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>";
    }

    /** Ten entities, each ten of the one before: a billion "lol"s from a few hundred bytes. */
    private static String billionLaughs() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return doctype.append("]>").toString();
    }

    /** UTF-8 cut after {@code width} bytes a line, as a fixed-width export does, in the middle of characters. */
    private static byte[] cutAtBytes(String text, int width) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : text.split("\n")) {
            byte[] bytes = utf8(line);
            out.writeBytes(Arrays.copyOf(bytes, Math.min(bytes.length, width)));
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** The first half of the paragraphs in UTF-8, the rest pasted from a Windows-1258 file. */
    private static byte[] mixedEncodings(String text) {
        List<String> paragraphs = paragraphs(text);
        int half = paragraphs.size() / 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(String.join("\n\n", paragraphs.subList(0, half)) + "\n\n"));
        out.writeBytes(ReadFixtures.windows1258(String.join("\n\n", paragraphs.subList(half, paragraphs.size()))));
        return out.toByteArray();
    }

    /**
     * A Word 95 .doc, which no reader takes (Word 97-2003 .doc files are read): an OLE2 container whose WordDocument
     * stream opens with Word's mark and version 104.
     */
    private static byte[] oldWordDocument() throws IOException {
        byte[] stream = new byte[4096];
        stream[0] = (byte) 0xDC;
        stream[1] = (byte) 0xA5;
        stream[2] = 104;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(stream), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
