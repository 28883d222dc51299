package org.commitmentstracker.extract.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parameter of a mail header as its sender wrote it, decoded: an attachment's file name is often Vietnamese, and
 * mail programs write it as encoded words ("=?UTF-8?B?VHV5w6puIGLhu5EuZG9jeA==?=", RFC 2047: Outlook, Gmail) or as
 * an extended parameter, perhaps cut in pieces ("filename*0*=UTF-8''Tuy%C3%AAn; filename*1*=…", RFC 2231: Thunderbird).
 */
final class MailHeaderWords {
    private static final Pattern PARAMETER = Pattern.compile(
            "(?i);\\s*([a-z-]+)(\\*\\d+)?(\\*)?\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");
    /** Blanks between two encoded words are no part of the text (RFC 2047, 6.2). */
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private MailHeaderWords() {
    }

    /** The parameter {@code name} of a header's value ("attachment; filename=…"), decoded; null when it has none. */
    static String parameter(String header, String name) {
        String plain = null;
        TreeMap<Integer, String> pieces = new TreeMap<>();
        String charset = null;
        Matcher m = PARAMETER.matcher(header);
        while (m.find()) {
            if (!m.group(1).equalsIgnoreCase(name)) {
                continue;
            }
            String value = m.group(4) != null ? m.group(4) : m.group(5);
            boolean extended = m.group(3) != null;
            int index = m.group(2) == null ? 0 : Integer.parseInt(m.group(2).substring(1));
            if (m.group(2) == null && !extended) {
                plain = value;
                continue;
            }
            if (extended && index == 0) {
                // charset'language'text
                int first = value.indexOf('\'');
                int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
                if (second > 0) {
                    charset = value.substring(0, first);
                    value = value.substring(second + 1);
                }
            }
            pieces.put(index, extended ? "\u0000" + value : value);
        }
        if (pieces.isEmpty()) {
            return plain == null ? null : encodedWords(plain);
        }
        Charset decoding = charset(charset);
        StringBuilder out = new StringBuilder();
        for (String piece : pieces.values()) {
            out.append(piece.startsWith("\u0000") ? percentDecoded(piece.substring(1), decoding) : piece);
        }
        return out.toString();
    }

    /** A header text with its encoded words decoded. */
    static String encodedWords(String text) {
        Matcher m = ENCODED_WORD.matcher(BETWEEN_WORDS.matcher(text).replaceAll("$1$2"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Charset charset = charset(m.group(1).replaceFirst("\\*.*", ""));
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? base64(m.group(3))
                    : qEncoded(m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, charset)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text.replaceAll("[^A-Za-z0-9+/=]", ""));
        } catch (IllegalArgumentException e) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** "Q" encoding: quoted-printable where "_" is a space. */
    private static byte[] qEncoded(String text) {
        return unescaped(text.replace('_', ' '), '=');
    }

    private static String percentDecoded(String text, Charset charset) {
        return new String(unescaped(text, '%'), charset);
    }

    /** The bytes of a text in which {@code escape} and two hex digits stand for a byte (others as UTF-8). */
    private static byte[] unescaped(String text, char escape) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == escape && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
                    && Character.digit(text.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(text.charAt(i + 1), 16) << 4 | Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** The charset of that name; UTF-8 when it is missing or unknown (a page's own then decides, or UTF-8 does). */
    static Charset charset(String name) {
        try {
            return name == null || name.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(name.strip().toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
