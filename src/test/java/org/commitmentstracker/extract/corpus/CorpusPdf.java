package org.commitmentstracker.extract.corpus;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A statement as a PDF "printed from Word": A4, justified paragraphs with their markers in a hanging
 * indent, the title as a running header and "Page N of M" as a footer on every page, and paragraphs
 * that run on from one page to the next. Drawn with PDFBox in DejaVu Serif (which has the Vietnamese
 * letters), a word at a time, so the text comes out as real text.
 */
final class CorpusPdf {
    static final String FONT_DIR = "/usr/share/fonts/truetype/dejavu/";
    private static final float SIZE = 11f;
    private static final float LEADING = 14.5f;
    private static final float MARGIN = 72f;
    private static final float HANG = 22f;

    private CorpusPdf() {
    }

    /** One line of a page: its words and where they start, and whether it is spread to the margin. */
    private record Line(List<String> words, float x, float y, float width, boolean justify, boolean bold) {
    }

    static byte[] write(CorpusStatement statement) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(doc, new File(FONT_DIR + "DejaVuSerif.ttf"));
            PDType0Font bold = PDType0Font.load(doc, new File(FONT_DIR + "DejaVuSerif-Bold.ttf"));
            PDRectangle a4 = PDRectangle.A4;
            float top = a4.getHeight() - MARGIN;
            float right = a4.getWidth() - MARGIN;
            List<List<Line>> pages = new ArrayList<>();
            List<Line> page = new ArrayList<>();
            pages.add(page);
            float y = top;
            for (Paragraph paragraph : statement.paragraphs()) {
                if (!paragraph.cells().isEmpty()) {
                    List<List<Line>> cellLines = row(paragraph.cells(), regular, right);
                    int height = cellLines.stream().mapToInt(List::size).max().orElse(1);
                    if (y - height * LEADING < MARGIN) {
                        page = new ArrayList<>();
                        pages.add(page);
                        y = top;
                    }
                    for (List<Line> cell : cellLines) {
                        for (int i = 0; i < cell.size(); i++) {
                            Line l = cell.get(i);
                            page.add(new Line(l.words(), l.x(), y - i * LEADING, l.width(), false, false));
                        }
                    }
                    y -= height * LEADING + 4f;
                    continue;
                }
                PDType0Font font = paragraph.heading() ? bold : regular;
                float indent = MARGIN + paragraph.level() * HANG;
                float textX = paragraph.numbered() ? indent + HANG : indent;
                List<List<String>> lines = wrap(words(paragraph.flatText(), font), font, right - textX);
                for (int i = 0; i < lines.size(); i++) {
                    if (y < MARGIN + LEADING) {
                        page = new ArrayList<>();
                        pages.add(page);
                        y = top;
                    }
                    if (i == 0 && paragraph.numbered()) {
                        page.add(new Line(List.of(safe(paragraph.marker(), font)), indent, y, 0, false,
                                paragraph.heading()));
                    }
                    boolean last = i == lines.size() - 1;
                    page.add(new Line(lines.get(i), textX, y, right - textX, !last && !paragraph.heading(),
                            paragraph.heading()));
                    y -= LEADING;
                }
                y -= 6f;
            }
            for (int n = 0; n < pages.size(); n++) {
                PDPage pdPage = new PDPage(a4);
                doc.addPage(pdPage);
                try (PDPageContentStream out = new PDPageContentStream(doc, pdPage)) {
                    String header = safe(shorten(statement.headline(), regular), regular);
                    text(out, regular, 9f, (a4.getWidth() - width(header, regular, 9f)) / 2, a4.getHeight() - 40,
                            header);
                    String footer = "Page " + (n + 1) + " of " + pages.size();
                    text(out, regular, 9f, (a4.getWidth() - width(footer, regular, 9f)) / 2, 36, footer);
                    for (Line line : pages.get(n)) {
                        draw(out, line, line.bold() ? bold : regular);
                    }
                }
            }
            fixedInformation(doc, statement);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A table row as Word prints it: each cell in its column, wrapped within it (a row never splits over
     * a page). A short first cell (a row number) gets a narrow column, the next cell half of the rest,
     * the others share what is left; the y of each line is filled in by the caller.
     */
    private static List<List<Line>> row(List<String> cells, PDType0Font font, float right) throws IOException {
        float width = right - MARGIN;
        boolean numbered = cells.get(0).length() <= 4;
        List<Float> widths = new ArrayList<>();
        float rest = width - (numbered ? 36f : 0f);
        int others = cells.size() - (numbered ? 1 : 0);
        for (int i = 0; i < cells.size(); i++) {
            if (numbered && i == 0) {
                widths.add(36f);
            } else if (others == 1) {
                widths.add(rest);
            } else if (i == (numbered ? 1 : 0)) {
                widths.add(rest / 2);
            } else {
                widths.add(rest / 2 / (others - 1));
            }
        }
        List<List<Line>> lines = new ArrayList<>();
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            List<Line> cell = new ArrayList<>();
            for (List<String> words : wrap(words(cells.get(i), font), font, widths.get(i) - 12f)) {
                cell.add(new Line(words, x, 0, widths.get(i) - 12f, false, false));
            }
            lines.add(cell);
            x += widths.get(i);
        }
        return lines;
    }

    private static void draw(PDPageContentStream out, Line line, PDType0Font font) throws IOException {
        float used = 0;
        for (String word : line.words()) {
            used += width(word, font, SIZE);
        }
        float space = width(" ", font, SIZE);
        float gap = line.justify() && line.words().size() > 1
                ? (line.width() - used) / (line.words().size() - 1) : space;
        float x = line.x();
        for (String word : line.words()) {
            text(out, font, SIZE, x, line.y(), word);
            x += width(word, font, SIZE) + gap;
        }
    }

    private static void text(PDPageContentStream out, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        // PDFBox applies the font's ligatures to a string drawn at once ("ff" becomes one glyph, which
        // reads back as U+FB00): the text is drawn in pieces that end after each "f", one after the other
        float at = x;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || (i > from && (text.charAt(i - 1) == 'f' || text.charAt(i - 1) == 'F'))) {
                String piece = text.substring(from, i);
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset(at, y);
                out.showText(piece);
                out.endText();
                at += width(piece, font, size);
                from = i;
            }
        }
    }

    /** The words of a text, each one drawable in the font (a character the font lacks becomes "?"). */
    private static List<String> words(String text, PDType0Font font) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(safe(word, font));
            }
        }
        return words;
    }

    private static String safe(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                out.appendCodePoint(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Greedy filling of lines; a word longer than a line (an address) is cut where it must be. */
    private static List<List<String>> wrap(List<String> words, PDType0Font font, float max) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        float used = 0;
        float space = width(" ", font, SIZE);
        for (String word : words) {
            while (width(word, font, SIZE) > max) {
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), font, SIZE) > max) {
                    cut--;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                    line = new ArrayList<>();
                    used = 0;
                }
                lines.add(List.of(word.substring(0, cut)));
                word = word.substring(cut);
            }
            float w = width(word, font, SIZE);
            if (!line.isEmpty() && used + space + w > max) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            used += (line.isEmpty() ? 0 : space) + w;
            line.add(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static String shorten(String title, PDType0Font font) throws IOException {
        String t = title;
        while (width(t, font, 9f) > 420 && t.contains(" ")) {
            t = t.substring(0, t.lastIndexOf(' '));
        }
        return t.equals(title) ? t : t + " …";
    }

    private static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** Fixed dates and a document id from the name, so the same statement gives the same bytes. */
    private static void fixedInformation(PDDocument doc, CorpusStatement statement) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.clear();
        when.set(statement.date().getYear(), statement.date().getMonthValue() - 1, statement.date().getDayOfMonth(), 9,
                0, 0);
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setTitle(statement.headline());
        info.setCreator("Commitments Tracker corpus (CorpusFormats)");
        info.setProducer("Apache PDFBox");
        byte[] id;
        try {
            id = MessageDigest.getInstance("MD5").digest(statement.base().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
