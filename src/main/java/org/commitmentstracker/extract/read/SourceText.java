package org.commitmentstracker.extract.read;

import java.util.List;

/**
 * The plain text of one statement, ready for segmentation.
 *
 * @param name      the file name, or "clipboard"
 * @param text      normalised text: NFC, "\n" line ends, one source line per line, single blank lines between blocks
 * @param sourceUrl where the document says it came from (HTML canonical link, og:url, "saved from" note, base),
 *                  else null
 * @param format    "txt", "doc", "docx", "odt", "rtf", "pdf", "html", "mhtml" (a web page saved as one
 *                  file), "eml" (an e-mail's text), "msg" (an Outlook message's) or "clipboard"; for an e-mail that
 *                  covers a statement sent with it, that document's (its name is still the e-mail's)
 * @param warnings  what the reader doubts about the text it gives (a sentence each, for the review), else empty
 */
public record SourceText(String name, String text, String sourceUrl, String format, List<ReadWarning> warnings) {
    public SourceText {
        warnings = List.copyOf(warnings);
    }

    /** Text the reader has no doubt about. */
    public SourceText(String name, String text, String sourceUrl, String format) {
        this(name, text, sourceUrl, format, List.of());
    }
}
