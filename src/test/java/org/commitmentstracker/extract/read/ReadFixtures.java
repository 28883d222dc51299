package org.commitmentstracker.extract.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Builds the statement files the tests read, in memory, with the same libraries a user's tools would use. Public
 * for the bad-input corpus's generator, which makes its files the same way.
 */
public final class ReadFixtures {
    static final String VIETNAMESE = "Hai bên nhất trí tăng cường hợp tác đầu tư";

    private ReadFixtures() {
    }

    /** Windows-1258 as Vietnamese software writes it: base letters precomposed, tone marks as combining bytes. */
    public static byte[] windows1258(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            boolean shapeMark = c == '\u0302' || c == '\u0306' || c == '\u031B';
            if (shapeMark && out.length() > 0) {
                char base = out.charAt(out.length() - 1);
                out.setCharAt(out.length() - 1, Normalizer.normalize("" + base + c, Normalizer.Form.NFC).charAt(0));
            } else {
                out.append(c);
            }
        }
        return out.toString().getBytes(Charset.forName("windows-1258"));
    }

    /** A heading, two paragraphs and a 2x2 table. */
    static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var heading = document.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Joint Statement");
            document.createParagraph().createRun().setText("The two sides agreed to strengthen cooperation.");
            document.createParagraph().createRun().setText(VIETNAMESE + ".");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Area");
            table.getRow(0).getCell(1).setText("Commitment");
            table.getRow(1).getCell(0).setText("Trade");
            table.getRow(1).getCell(1).setText("Raise trade to USD 10 billion");
            document.write(out);
            return out.toByteArray();
        }
    }

    /** One paragraph a line, as Word writes them. */
    public static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraphs.forEach(p -> document.createParagraph().createRun().setText(p));
            document.write(out);
            return out.toByteArray();
        }
    }

    /** The docx inside an agile-encrypted OLE2 container, as Word saves "Encrypt with password". */
    static byte[] passwordDocx() throws IOException, GeneralSecurityException {
        return officeWithPassword(docx());
    }

    /** A .docx or .xlsx encrypted as Word and Excel do it ("Encrypt with password", agile encryption). */
    public static byte[] officeWithPassword(byte[] ooxml) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(ooxml);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A docx-looking archive with one entry of {@code zeroBytes} zeros. */
    static byte[] zipBomb(int zeroBytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(entries(docx()));
        entries.put("word/media/image1.bin", new byte[zeroBytes]);
        return zip(entries);
    }

    /** The docx with its document part replaced. */
    static byte[] docxWithDocumentXml(String documentXml) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(entries(docx()));
        entries.put("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    public static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    public static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** One page per array of lines; an empty string in a page leaves a blank line's gap (a new paragraph). */
    public static byte[] pdf(String[]... pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String[] lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.setLeading(14);
                    content.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            content.showText(line);
                        }
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A page with only a filled rectangle: what a scan without OCR looks like to a text extractor. */
    public static byte[] pdfWithoutText() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(50, 50, 400, 600);
                content.fill();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptedPdf() throws IOException {
        return pdfWithPassword(pdf(new String[] {"Secret statement text"}));
    }

    /** The PDF locked with a password needed to open it (not only an owner's password, which readers ignore). */
    public static byte[] pdfWithPassword(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }
}
