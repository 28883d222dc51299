package org.commitmentstracker.extract.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page saved as one file (.mht / .mhtml, as browsers and Word write it) or a saved e-mail (.eml): MIME parts.
 * An e-mail that covers a statement sent with it gives that document ({@link MailAttachments}), and one that covers
 * a forwarded message gives what that message brings.
 * The page's HTML part is read as a saved web page ({@link HtmlReader}; its address from the archive when the page
 * names none); an e-mail without HTML gives its plain text. Parts are decoded from quoted-printable or base64 and
 * from their charset.
 */
final class MimeReader {
    private static final Pattern PARAMETER = Pattern.compile(
            "(?i);\\s*([a-z-]+)\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");

    /** One MIME entity: its headers (names in lower case) and its body as written. */
    record Part(Map<String, String> headers, byte[] body) {
        String type() {
            String type = headers.getOrDefault("content-type", "text/plain");
            int semicolon = type.indexOf(';');
            return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        }

        String parameter(String name) {
            Matcher m = PARAMETER.matcher(headers.getOrDefault("content-type", ""));
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(name)) {
                    return m.group(2) != null ? m.group(2) : m.group(3);
                }
            }
            return null;
        }
    }

    private MimeReader() {
    }

    /** Whether the file opens with MIME headers: a web archive or a saved e-mail. */
    static boolean looksLikeMime(String latinHead, String fileName) {
        int end = latinHead.indexOf("\n\n");
        int crlf = latinHead.indexOf("\r\n\r\n");
        end = end < 0 ? crlf : crlf < 0 ? end : Math.min(end, crlf);
        if (end < 0) {
            return false;
        }
        String headers = latinHead.substring(0, end).toLowerCase(Locale.ROOT);
        boolean mime = headers.startsWith("mime-version:") || headers.contains("\nmime-version:");
        boolean typed = headers.startsWith("content-type:") || headers.contains("\ncontent-type:");
        String lower = fileName.toLowerCase(Locale.ROOT);
        return mime && typed || typed && (lower.endsWith(".mht") || lower.endsWith(".mhtml") || lower.endsWith(".eml"));
    }

    static MailAttachments.Mail read(String name, byte[] bytes) throws UnreadableStatementException {
        Part message = part(bytes);
        List<Part> leaves = new ArrayList<>();
        leaves(message, leaves, 0);
        // Attachments are what the sender attached (a web archive's pictures and pages are not): named in their
        // Content-Disposition, or a message forwarded as an attachment, which some programs show inline.
        List<MailAttachments.Attachment> documents = MailAttachments.documents(leaves.stream()
                .filter(p -> attached(p) || forwarded(p)).map(MimeReader::attachment).toList());
        Part html = leaves.stream().filter(p -> p.type().equals("text/html") && !attached(p)).findFirst().orElse(null);
        String location = message.headers().getOrDefault("snapshot-content-location",
                html == null ? null : html.headers().get("content-location"));
        Part plain = leaves.stream().filter(p -> p.type().equals("text/plain") && !attached(p)).findFirst().orElse(null);
        if (html == null && plain == null && documents.isEmpty()) {
            throw new UnreadableStatementException(name, StatementProblem.OTHER_FORMAT,
                    "is a MIME file without a web page or text in it").saying("OTHER_FORMAT.MIME");
        }
        MailAttachments.Mail body = html == null ? null : MailAttachments.page(name, decoded(html),
                html.parameter("charset"), webAddress(location), plain != null || !documents.isEmpty());
        if (body == null) {
            String charset = plain == null ? null : plain.parameter("charset");
            byte[] text = plain == null ? new byte[0] : decoded(plain);
            body = new MailAttachments.Mail(plain == null ? "" : charset == null ? PlainTextReader.read(name, text)
                    : new String(text, MailHeaderWords.charset(charset)), null, false, null);
        }
        return MailAttachments.read(name, body, documents);
    }

    /** A part the sender attached as a file (Content-Disposition: attachment, or a file name given there). */
    private static boolean attached(Part part) {
        String disposition = part.headers().getOrDefault("content-disposition", "").toLowerCase(Locale.ROOT);
        return disposition.startsWith("attachment") || disposition.contains("filename");
    }

    /** A whole e-mail inside this one: a message forwarded as an attachment ("Forward as attachment"). */
    private static boolean forwarded(Part part) {
        return part.type().equals("message/rfc822");
    }

    private static MailAttachments.Attachment attachment(Part part) {
        String name = MailHeaderWords.parameter(part.headers().getOrDefault("content-disposition", ""), "filename");
        if (name == null) {
            name = MailHeaderWords.parameter(part.headers().getOrDefault("content-type", ""), "name");
        }
        String unnamed = forwarded(part) ? "message.eml" : "attachment";
        return new MailAttachments.Attachment(name == null || name.isBlank() ? unnamed : name, decoded(part));
    }

    /** The parts that are not multipart, in order (nested multiparts opened, to a sane depth). */
    private static void leaves(Part part, List<Part> leaves, int depth) {
        String boundary = part.parameter("boundary");
        if (!part.type().startsWith("multipart/") || boundary == null || depth > 5) {
            leaves.add(part);
            return;
        }
        for (byte[] body : split(part.body(), boundary)) {
            leaves(part(body), leaves, depth + 1);
        }
    }

    /** The bodies between the boundary lines ("--boundary"), up to the closing one ("--boundary--"). */
    private static List<byte[]> split(byte[] body, String boundary) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        List<byte[]> parts = new ArrayList<>();
        int at = text.indexOf(delimiter);
        while (at >= 0) {
            int start = text.indexOf('\n', at);
            if (start < 0 || text.startsWith(delimiter + "--", at)) {
                break;
            }
            int next = text.indexOf("\n" + delimiter, start);
            int end = next < 0 ? text.length() : next;
            String piece = text.substring(start + 1, end);
            parts.add((piece.endsWith("\r") ? piece.substring(0, piece.length() - 1) : piece)
                    .getBytes(StandardCharsets.ISO_8859_1));
            at = next < 0 ? -1 : next + 1;
        }
        return parts;
    }

    /** Headers (folded lines joined) up to the first blank line, then the body. */
    private static Part part(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Map<String, String> headers = new LinkedHashMap<>();
        int at = 0;
        String last = null;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            String line = text.substring(at, end < 0 ? text.length() : end);
            at = end < 0 ? text.length() : end + 1;
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (line.isEmpty()) {
                break;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                headers.put(last, headers.get(last) + " " + line.strip());
            } else if (line.indexOf(':') > 0) {
                last = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                headers.putIfAbsent(last, line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return new Part(headers, text.substring(Math.min(at, text.length())).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The body as its bytes, its transfer encoding undone. */
    static byte[] decoded(Part part) {
        String encoding = part.headers().getOrDefault("content-transfer-encoding", "").strip().toLowerCase(Locale.ROOT);
        if (encoding.equals("base64")) {
            String clean = new String(part.body(), StandardCharsets.ISO_8859_1).replaceAll("[^A-Za-z0-9+/=]", "");
            return Base64.getDecoder().decode(clean);
        }
        if (!encoding.equals("quoted-printable")) {
            return part.body();
        }
        byte[] in = part.body();
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            if (in[i] != '=') {
                out.write(in[i]);
            } else if (i + 1 < in.length && (in[i + 1] == '\n' || in[i + 1] == '\r')) {
                i += in[i + 1] == '\r' && i + 2 < in.length && in[i + 2] == '\n' ? 2 : 1; // a soft line break
            } else if (i + 2 < in.length && Character.digit(in[i + 1], 16) >= 0 && Character.digit(in[i + 2], 16) >= 0) {
                out.write(Character.digit(in[i + 1], 16) << 4 | Character.digit(in[i + 2], 16));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toByteArray();
    }


    private static String webAddress(String location) {
        return location != null && location.matches("(?i)https?://\\S+") ? location : null;
    }
}
