package org.commitmentstracker.extract.read;

/**
 * The plain text of one statement, ready for segmentation.
 *
 * @param name      the file name, or "clipboard"
 * @param text      normalised text: NFC, "\n" line ends, one source line per line, single blank lines between blocks
 * @param sourceUrl where the document says it came from (HTML canonical link, og:url, "saved from" note, base),
 *                  else null
 * @param format    "txt", "docx", "pdf", "html" or "clipboard"
 */
public record SourceText(String name, String text, String sourceUrl, String format) {
}
