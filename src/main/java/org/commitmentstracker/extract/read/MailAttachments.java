package org.commitmentstracker.extract.read;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which document an e-mail brings, when it brings a statement attached to a covering note ("Kính gửi …, xin gửi kèm
 * Tuyên bố chung"). The same for a saved e-mail (.eml, {@link MimeReader}) and an Outlook message (.msg,
 * {@link MsgReader}).
 */
final class MailAttachments {
    /** An e-mail whose own text is shorter than this is a covering note: a statement is longer. */
    static final int COVERING_NOTE = 2_000;

    /** The kinds of attached file that can hold a statement; MIME is a message forwarded as an attachment. */
    private static final Set<FormatSniffer.Kind> DOCUMENTS = EnumSet.of(FormatSniffer.Kind.PDF, FormatSniffer.Kind.ZIP,
            FormatSniffer.Kind.OLE2, FormatSniffer.Kind.RTF, FormatSniffer.Kind.HTML, FormatSniffer.Kind.TEXT,
            FormatSniffer.Kind.MIME);

    /** A file sent with an e-mail: its name as the sender gave it, and its bytes. */
    record Attachment(String name, byte[] bytes) {
        /** What kind of file it is, by its content first and its name second. */
        FormatSniffer.Kind kind() {
            return FormatSniffer.sniff(FormatSniffer.head(bytes), name);
        }

        /** Whether it is an e-mail of its own: a message forwarded as an attachment. */
        boolean forwardedMessage() {
            return kind() == FormatSniffer.Kind.MIME;
        }
    }

    /**
     * What an e-mail gives: its own text (a web page's when {@code html}), or, when that text only covers a statement
     * sent with it, that document ({@code attachment}, to be read as a file of its own).
     */
    record Mail(String text, String sourceUrl, boolean html, Attachment attachment) {
    }

    private MailAttachments() {
    }

    /** The attachments that can hold a statement (not pictures, programs or other data), in order. */
    static List<Attachment> documents(List<Attachment> attachments) {
        return attachments.stream().filter(a -> a.bytes() != null && a.bytes().length > 0)
                .filter(a -> DOCUMENTS.contains(a.kind())).toList();
    }

    /**
     * The e-mail as read: its own text, or the one document it covers. An e-mail whose own text is a statement is
     * that statement, whatever is attached; a covering note with several documents is refused with their names, as
     * which of them is the statement is not guessed at.
     *
     * @param all the attached documents ({@link #documents})
     */
    static Mail read(String name, Mail own, List<Attachment> all) throws UnreadableStatementException {
        if (all.isEmpty() || own.text().strip().length() >= COVERING_NOTE) {
            return own;
        }
        // A message forwarded beside documents is the thread the documents came in, not the statement (as an Outlook
        // message's forwarded messages are never opened): only alone is it followed.
        List<Attachment> files = all.stream().filter(a -> !a.forwardedMessage()).toList();
        List<Attachment> documents = files.isEmpty() ? all : files;
        if (documents.size() > 1) {
            String names = String.join(", ", documents.stream().map(Attachment::name).toList());
            throw new UnreadableStatementException(name, StatementProblem.OTHER_FORMAT, "is an e-mail with "
                    + documents.size() + " documents attached (" + names + "): save the statement among them and "
                    + "import that file").saying("OTHER_FORMAT.MAIL_ATTACHMENTS", documents.size(), names);
        }
        return new Mail(own.text(), null, false, documents.get(0));
    }

    /**
     * An e-mail's HTML body read as a web page; null when it is no page (the few lines of a note: "Kính gửi …, xin gửi
     * kèm …") and the e-mail has its text or a document beside it to go by.
     *
     * @param address where the page came from when it names no address itself, or null
     * @param otherwise whether the e-mail has its text or a document besides the HTML
     */
    static Mail page(String name, byte[] html, String charset, String address, boolean otherwise)
            throws UnreadableStatementException {
        try {
            HtmlReader.Page page = HtmlReader.read(name, html, charset);
            return new Mail(page.text(), page.sourceUrl() != null ? page.sourceUrl() : address, true, null);
        } catch (UnreadableStatementException e) {
            if (!otherwise) {
                throw e;
            }
            return null;
        }
    }

}
