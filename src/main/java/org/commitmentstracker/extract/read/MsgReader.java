package org.commitmentstracker.extract.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.apache.poi.poifs.filesystem.DirectoryNode;

/**
 * An e-mail dragged out of Outlook (.msg: an OLE2 container of MAPI properties), read with Apache POI's HSMF: its text,
 * else its HTML body as a web page; or, when it only covers a statement sent with it, that document
 * ({@link MailAttachments}). Messages forwarded inside it are not opened.
 */
final class MsgReader {
    private MsgReader() {
    }

    /** Whether an OLE2 container is an Outlook message (its properties stream, or its MAPI property streams). */
    static boolean isMessage(DirectoryNode root) {
        if (root.hasEntry("__properties_version1.0")) {
            return true;
        }
        for (org.apache.poi.poifs.filesystem.Entry entry : root) {
            if (entry.getName().startsWith("__substg1.0_")) {
                return true;
            }
        }
        return false;
    }

    static MailAttachments.Mail read(String name, DirectoryNode root) throws UnreadableStatementException {
        try (MAPIMessage message = new MAPIMessage(root)) {
            message.setReturnNullOnMissingChunk(true);
            List<MailAttachments.Attachment> attached = new ArrayList<>();
            for (AttachmentChunks chunks : message.getAttachmentFiles()) {
                if (!chunks.isEmbeddedMessage() && chunks.getAttachData() != null) {
                    attached.add(new MailAttachments.Attachment(fileName(chunks), chunks.getAttachData().getValue()));
                }
            }
            // A message Outlook saved in its older, non-Unicode form holds its text in the code page it names.
            message.guess7BitEncoding();
            // Outlook keeps the text beside the HTML: the text has the paragraphs and list numbers without a page's
            // layout, which the web-page reader looks for an article in.
            String text = message.getTextBody();
            String html = text == null || text.isBlank() ? message.getHtmlBody() : null;
            MailAttachments.Mail own;
            if (html != null && !html.isBlank()) {
                HtmlReader.Page page = HtmlReader.read(name, html.getBytes(StandardCharsets.UTF_8), "UTF-8");
                own = new MailAttachments.Mail(page.text(), page.sourceUrl(), true, null);
            } else {
                own = new MailAttachments.Mail(text == null ? "" : text, null, false, null);
            }
            return MailAttachments.read(name, own, MailAttachments.documents(attached));
        } catch (IOException | ChunkNotFoundException | RuntimeException e) {
            throw new UnreadableStatementException(name, StatementProblem.DAMAGED,
                    "is damaged or not a valid Outlook message", e).saying("DAMAGED.OUTLOOK");
        }
    }

    private static String fileName(AttachmentChunks chunks) {
        for (StringChunk chunk : new StringChunk[] {chunks.getAttachLongFileName(), chunks.getAttachFileName()}) {
            if (chunk != null && chunk.getValue() != null && !chunk.getValue().isBlank()) {
                return chunk.getValue().strip();
            }
        }
        return "attachment";
    }
}
