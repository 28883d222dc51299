package org.commitmentstracker.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.commitmentstracker.io.ArchiveRefusedException.Why;

/**
 * Inflates every entry of a ZIP once, counting real bytes (not the sizes the archive claims), before POI sees it:
 * stops zip bombs, refuses XML parts with a DOCTYPE (external entities), tells an archive cut short and what kind
 * of archive it is. Used for statements (.docx) and update forms (.xlsx) alike; each caller words a damaged
 * archive in its own terms.
 */
public final class ZipInspector {
    public static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    /** Same as POI's default: text and pictures never expand more than 100 times; a bomb does. */
    public static final int MAX_RATIO = 100;
    public static final String TRUNCATED =
            "is incomplete: its end is missing (was it copied or downloaded only in part?)";
    public static final String XML_ENTITY = "contains an XML external entity and was refused";
    private static final String DAMAGED = "is damaged: not a ZIP archive that can be read";
    private static final long RATIO_GRACE_BYTES = 1024L * 1024;
    private static final int PROLOG_BYTES = 64 * 1024;
    /** The end-of-central-directory record: 22 bytes and a comment of up to 65,535, the last thing in a ZIP. */
    private static final int END_RECORD_BYTES = 22;
    private static final int MAX_COMMENT_BYTES = 65_535;

    /** What the archive holds. */
    public record Contents(boolean contentTypes, boolean word, boolean excel, boolean powerPoint, boolean openDocument) {
    }

    private final String name;
    private final long zipSize;
    private final long maxEntryBytes;
    private final long maxTotalBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private long total;

    private ZipInspector(String name, long zipSize, long maxEntryBytes, long maxTotalBytes) {
        this.name = name;
        this.zipSize = zipSize;
        this.maxEntryBytes = maxEntryBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    /** With the default limits, a statement's. */
    public static Contents inspect(String name, byte[] zip) throws ArchiveRefusedException {
        return inspect(name, zip, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES);
    }

    /** With other size limits: an archive that may expand less, or a test that need not build 100 MB archives. */
    public static Contents inspect(String name, byte[] zip, long maxEntryBytes, long maxTotalBytes)
            throws ArchiveRefusedException {
        return new ZipInspector(name, zip.length, maxEntryBytes, maxTotalBytes).inspect(zip);
    }

    /** The same checks for an archive which may expand to {@code maxTotalBytes} at most. */
    public static Contents check(String name, byte[] zip, long maxTotalBytes) throws ArchiveRefusedException {
        return inspect(name, zip, Math.min(MAX_ENTRY_BYTES, maxTotalBytes), maxTotalBytes);
    }

    private Contents inspect(byte[] zip) throws ArchiveRefusedException {
        if (!hasEndRecord(zip)) {
            throw new ArchiveRefusedException(name, Why.TRUNCATED, TRUNCATED);
        }
        boolean contentTypes = false, word = false, excel = false, powerPoint = false, openDocument = false;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb("it has more than " + MAX_ENTRIES + " parts");
                }
                String path = entry.getName();
                contentTypes |= path.equals("[Content_Types].xml");
                word |= path.startsWith("word/");
                excel |= path.startsWith("xl/");
                powerPoint |= path.startsWith("ppt/");
                openDocument |= path.equals("mimetype");
                inflate(in, path);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ArchiveRefusedException(name, Why.DAMAGED, DAMAGED, e);
        }
        if (entries == 0) {
            throw new ArchiveRefusedException(name, Why.DAMAGED, DAMAGED);
        }
        return new Contents(contentTypes, word, excel, powerPoint, openDocument);
    }

    /** Reads one entry to its end, keeping the start of XML parts to look for a DOCTYPE. */
    private void inflate(InputStream in, String path) throws IOException, ArchiveRefusedException {
        boolean xml = path.toLowerCase(Locale.ROOT).matches(".*\\.(xml|rels)");
        StringBuilder prolog = new StringBuilder();
        long entrySize = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (xml && prolog.length() < PROLOG_BYTES) {
                prolog.append(new String(buffer, 0, Math.min(n, PROLOG_BYTES - prolog.length()),
                        StandardCharsets.ISO_8859_1));
            }
            entrySize += n;
            total += n;
            // The whole file's size bounds the compressed bytes read so far, so this never flags a real document.
            if (total > RATIO_GRACE_BYTES && total > zipSize * MAX_RATIO) {
                throw bomb("compression ratio too high");
            }
            if (entrySize > maxEntryBytes) {
                throw bomb("one part expands to more than " + Sizes.describe(maxEntryBytes));
            }
            if (total > maxTotalBytes) {
                throw bomb("it expands to more than " + Sizes.describe(maxTotalBytes));
            }
        }
        if (xml) {
            refuseDoctype(prolog.toString());
        }
    }

    /** OOXML parts never carry a DOCTYPE; one that does is an attack (external entities, entity expansion). */
    private void refuseDoctype(String prolog) throws ArchiveRefusedException {
        String upper = prolog.toUpperCase(Locale.ROOT);
        if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
            throw new ArchiveRefusedException(name, Why.XML_ENTITY, XML_ENTITY);
        }
    }

    private ArchiveRefusedException bomb(String why) {
        return new ArchiveRefusedException(name, Why.ZIP_BOMB, "looks like a zip bomb (" + why + ")");
    }

    /** A download or copy cut short loses the end record first; the entries before it may all be whole. */
    private static boolean hasEndRecord(byte[] zip) {
        int last = zip.length - END_RECORD_BYTES;
        int first = Math.max(0, last - MAX_COMMENT_BYTES);
        for (int i = last; i >= first; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }
}
