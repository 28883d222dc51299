package org.commitmentstracker.extract.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commitmentstracker.extract.meta.OtherLanguage;
import org.commitmentstracker.io.FileNames;
import org.commitmentstracker.io.IoFailures;
import org.commitmentstracker.io.Sizes;
import org.commitmentstracker.io.ZipInspector;
import org.commitmentstracker.model.Explanation;

/** Reads statement files of any supported kind into normalised plain text; every failure is explained in words. */
public final class StatementReaders {
    static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    static final String NOT_FOUND = "was not found";
    static final String EMPTY = "is empty";
    static final String NO_TEXT = "has no text";
    static final String TRUNCATED = ZipInspector.TRUNCATED;

    private final long maxBytes;

    public StatementReaders() {
        this(DEFAULT_MAX_BYTES);
    }

    /** For tests: a small size limit instead of writing 20 MB files. */
    StatementReaders(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads one file, choosing the reader by its content first and its extension second. */
    public SourceText read(Path file) throws UnreadableStatementException {
        String name = FileNames.of(file);
        return read(name, readBounded(file, name), true);
    }

    /**
     * Reads a file's bytes by their content first and the name's extension second.
     *
     * @param attachments whether a saved e-mail that only covers a document sent with it gives that document
     */
    private SourceText read(String name, byte[] bytes, boolean attachments) throws UnreadableStatementException {
        try {
            FormatSniffer.Kind kind = FormatSniffer.sniff(FormatSniffer.head(bytes), name);
            return switch (kind) {
                case TEXT -> finish(name, PlainTextReader.read(name, bytes), null, "txt");
                case ZIP -> {
                    ZipInspector.Contents zip = DocxReader.inspect(name, bytes);
                    if (zip.openDocument() && !zip.word()) {
                        yield finish(name, OdtReader.read(name, bytes), null, "odt");
                    }
                    yield finish(name, DocxReader.read(name, bytes, zip), null, "docx");
                }
                case PDF -> finish(name, PdfReader.read(name, bytes), null, "pdf");
                case MIME -> {
                    MailAttachments.Mail mail = MimeReader.read(name, bytes);
                    yield mail(name, mail, attachments, mail.html() ? "mhtml" : "eml");
                }
                case HTML -> {
                    HtmlReader.Page page = HtmlReader.read(name, bytes);
                    yield finish(name, page.text(), page.sourceUrl(), "html");
                }
                case OLE2 -> {
                    DocReader.Contents contents = DocReader.read(name, bytes);
                    yield contents.message() != null ? mail(name, contents.message(), attachments, "msg")
                            : finish(name, contents.wordText(), null, "doc");
                }
                case IMAGE -> throw new UnreadableStatementException(name, StatementProblem.IMAGE,
                        "is an image, not a statement");
                case RTF -> finish(name, RtfReader.read(name, bytes), null, "rtf");
                case BINARY -> throw new UnreadableStatementException(name, StatementProblem.NOT_TEXT,
                        PlainTextReader.NOT_TEXT);
            };
        } catch (RuntimeException e) {
            // The readers map the errors they know; anything else still reaches the user as a sentence.
            throw new UnreadableStatementException(name, StatementProblem.READ_ERROR,
                    "could not be read (" + e.getClass().getSimpleName() + ")", e)
                    .saying(null, e.getClass().getSimpleName());
        }
    }

    /**
     * An e-mail's own text, or the statement it covers, read as a file of its own and named in the e-mail
     * ("thu.eml › Tuyên bố chung.docx" in its refusals; the statement keeps the e-mail's name).
     */
    private SourceText mail(String name, MailAttachments.Mail mail, boolean attachments, String format)
            throws UnreadableStatementException {
        if (mail.attachment() == null || !attachments) {
            return finish(name, mail.text(), mail.sourceUrl(), format);
        }
        MailAttachments.Attachment sent = mail.attachment();
        // A forwarded e-mail brings the statement in its text or attached to it in turn: its attachment is followed too.
        SourceText document = read(name + " › " + sent.name(), sent.bytes(), sent.forwardedMessage());
        return new SourceText(name, document.text(), document.sourceUrl(), document.format(), document.warnings());
    }

    /** Text pasted by the user, normalised as a .txt file is. */
    public SourceText fromClipboard(String text) throws UnreadableStatementException {
        String name = "clipboard";
        if (text == null || text.isBlank()) {
            throw new UnreadableStatementException(name, StatementProblem.EMPTY, EMPTY).saying("EMPTY.CLIPBOARD");
        }
        if (text.length() > maxBytes) {
            throw tooLarge(name, text.length());
        }
        return finish(name, text, null, "clipboard");
    }

    /** Folders give their readable files (.txt .doc .docx .odt .rtf .pdf .html .htm .mht .mhtml .eml .msg) sorted by name, hidden folders skipped. */
    public List<Path> expand(List<Path> filesOrFolders) throws UnreadableStatementException {
        return FolderExpander.expand(filesOrFolders);
    }

    /** Checks what can be checked without reading (existence, kind, size), then reads at most the limit. */
    private byte[] readBounded(Path file, String name) throws UnreadableStatementException {
        if (!Files.exists(file)) {
            throw new UnreadableStatementException(name, StatementProblem.NOT_FOUND, NOT_FOUND);
        }
        if (Files.isDirectory(file)) {
            throw new UnreadableStatementException(name, StatementProblem.NOT_A_FILE,
                    "is a folder, not a file; add the folder to read the files in it").saying("NOT_A_FILE.FOLDER");
        }
        // Pipes and devices could block or never end.
        if (!Files.isRegularFile(file)) {
            throw new UnreadableStatementException(name, StatementProblem.NOT_A_FILE, "is not a regular file");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(name, size);
            }
            if (size == 0) {
                throw new UnreadableStatementException(name, StatementProblem.EMPTY, EMPTY);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) { // it grew since we asked its size
                    throw tooLarge(name, bytes.length);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** An I/O failure in words: permission denied, gone, or the system's own reason (without Java's temp paths). */
    static UnreadableStatementException unreadable(String name, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new UnreadableStatementException(name, StatementProblem.NO_ACCESS,
                    "cannot be opened (permission denied)", e);
        }
        if (e instanceof NoSuchFileException) {
            return new UnreadableStatementException(name, StatementProblem.NOT_FOUND, NOT_FOUND, e);
        }
        return new UnreadableStatementException(name, StatementProblem.READ_ERROR,
                "could not be read (" + IoFailures.reason(e) + ")", e).saying(null, IoFailures.reason(e));
    }

    private UnreadableStatementException tooLarge(String name, long size) {
        return new UnreadableStatementException(name, StatementProblem.TOO_LARGE, "is too large ("
                + Sizes.describe(size) + "; the limit is " + Sizes.describe(maxBytes) + ")")
                .saying(null, Sizes.describe(size), Sizes.describe(maxBytes));
    }

    /** The languages {@link OtherLanguage} names that the window has a name for; any other script unnamed. */
    private static final java.util.Set<String> NAMED_LANGUAGES = java.util.Set.of("French", "German", "Spanish",
            "Portuguese", "Italian", "Chinese", "Japanese", "Korean", "Thai", "Lao", "Khmer");

    private static Explanation languageWords(String language) {
        return Explanation.of(language, "statement.language." + (NAMED_LANGUAGES.contains(language) ? language : "other"));
    }


    private static SourceText finish(String name, String raw, String sourceUrl, String format)
            throws UnreadableStatementException {
        // Before the normaliser, which drops the soft hyphen that TCVN3 writes "ư" with.
        LegacyVietnamese.Turned legacy = LegacyVietnamese.toUnicode(raw);
        String text = TextNormalizer.normalize(legacy.text());
        if (text.isEmpty()) {
            throw new UnreadableStatementException(name, StatementProblem.EMPTY, EMPTY);
        }
        if (!TextNormalizer.hasLetters(text)) {
            throw new UnreadableStatementException(name, StatementProblem.NO_TEXT, NO_TEXT);
        }
        TextLimits.check(name, text);
        Optional<String> language = OtherLanguage.of(text);
        if (language.isPresent()) {
            throw new UnreadableStatementException(name, StatementProblem.OTHER_LANGUAGE,
                    "is in " + language.get() + "; only English and Vietnamese statements are read")
                    .saying(null, languageWords(language.get()));
        }
        List<ReadWarning> warnings = new ArrayList<>(format.equals("pdf") ? MissingSpaces.warnings(text) : List.of());
        warnings.addAll(legacy.warnings());
        return new SourceText(name, text, sourceUrl, format, warnings);
    }
}
