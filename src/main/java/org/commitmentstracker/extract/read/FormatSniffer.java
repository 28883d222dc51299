package org.commitmentstracker.extract.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Tells a file's kind from its first bytes; the extension only breaks the tie between plain text and HTML. */
final class FormatSniffer {
    enum Kind { PDF, ZIP, OLE2, IMAGE, RTF, MIME, HTML, TEXT, BINARY }

    /** The leading bytes of a file that {@link #sniff} looks at (the whole file when it is shorter). */
    static byte[] head(byte[] bytes) {
        return bytes.length <= HEAD_SIZE ? bytes : Arrays.copyOf(bytes, HEAD_SIZE);
    }

    /** How many leading bytes {@link #sniff} needs. */
    static final int HEAD_SIZE = 8192;

    private FormatSniffer() {
    }

    static Kind sniff(byte[] head, String fileName) {
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return Kind.ZIP;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Kind.OLE2;
        }
        if (isImage(head)) {
            return Kind.IMAGE;
        }
        String latin = new String(head, StandardCharsets.ISO_8859_1);
        // Readers accept a PDF header anywhere in the first 1024 bytes (some tools prepend junk).
        int pdf = latin.indexOf("%PDF-");
        if (pdf >= 0 && pdf < 1024) {
            return Kind.PDF;
        }
        if (latin.startsWith("{\\rtf")) {
            return Kind.RTF;
        }
        if (MimeReader.looksLikeMime(latin, fileName)) {
            return Kind.MIME;
        }
        boolean utf16 = startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF);
        if (!utf16 && EncodingDetector.looksBinary(head)) {
            return Kind.BINARY;
        }
        if (looksLikeHtml(latin) || (!utf16 && hasHtmlExtension(fileName) && latin.contains("<"))) {
            return Kind.HTML;
        }
        return Kind.TEXT;
    }

    static boolean hasHtmlExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    private static boolean looksLikeHtml(String latin) {
        String start = latin.replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (!start.startsWith("<")) {
            return false;
        }
        String firstKb = start.substring(0, Math.min(start.length(), 1024));
        return firstKb.startsWith("<!doctype html") || firstKb.contains("<html") || firstKb.contains("<head")
                || firstKb.contains("<body");
    }

    private static boolean isImage(byte[] head) {
        return startsWith(head, 0x89, 'P', 'N', 'G')
                || startsWith(head, 0xFF, 0xD8, 0xFF)
                || startsWith(head, 'G', 'I', 'F', '8')
                || startsWith(head, 'I', 'I', 0x2A, 0x00)
                || startsWith(head, 'M', 'M', 0x00, 0x2A)
                || (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W' && head[9] == 'E'
                        && head[10] == 'B' && head[11] == 'P');
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
