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

    static MailAttachments.Mail read(String name, DirectoryNode root) throws UnreadableStatementException {
        try (MAPIMessage message = new MAPIMessage(root)) {
            message.setReturnNullOnMissingChunk(true);
            List<MailAttachments.Attachment> attached = new ArrayList<>();
            for (AttachmentChunks chunks : message.getAttachmentFiles()) {
                if (!chunks.isEmbeddedMessage() && chunks.getAttachData() != null) {
                    attached.add(new MailAttachments.Attachment(fileName(chunks), chunks.getAttachData().getValue()));
                }
            }
            List<MailAttachments.Attachment> documents = MailAttachments.documents(attached);
            // A message Outlook saved in its older, non-Unicode form holds its text in the code page it names.
            message.guess7BitEncoding();
            // Outlook keeps the text beside the HTML: the text has the paragraphs and list numbers without a page's
            // layout, which the web-page reader looks for an article in.
            String text = message.getTextBody();
            String html = text == null || text.isBlank() ? message.getHtmlBody() : null;
            MailAttachments.Mail own = html == null || html.isBlank() ? null
                    : MailAttachments.page(name, html.getBytes(StandardCharsets.UTF_8), "UTF-8", null, !documents.isEmpty());
            if (own == null) {
                own = new MailAttachments.Mail(text == null ? "" : text, null, false, null);
            }
            return MailAttachments.read(name, own, documents);
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
