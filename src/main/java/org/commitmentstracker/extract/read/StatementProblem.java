package org.commitmentstracker.extract.read;

/**
 * Why a statement was refused, as a class a program can act on; the words for the desk officer
 * travel beside it ({@link UnreadableStatementException#reason()}). The readers set all but the
 * last three, which the importer sets once a statement has been read.
 */
public enum StatementProblem {
    /** No such file. */
    NOT_FOUND,
    /** A folder, a pipe or a device rather than a file. */
    NOT_A_FILE,
    /** The system does not let the application open it. */
    NO_ACCESS,
    /** The system failed to read it, or a reader failed in a way nobody foresaw. */
    READ_ERROR,
    /** Over the size limit: the file, or the text in it. */
    TOO_LARGE,
    /** A line far longer than any paragraph of a statement: not a statement, or its line breaks are lost. */
    LINE_TOO_LONG,
    /** Nothing in it, or only spaces and line breaks. */
    EMPTY,
    /** Text without a single letter. */
    NO_TEXT,
    /** Bytes that are no text in any encoding (a program, an archive, random data). */
    NOT_TEXT,
    /** A picture, whatever its name says. */
    IMAGE,
    /** A kind of document the application does not read: RTF, old Office, Excel, PowerPoint, OpenDocument, ZIP. */
    OTHER_FORMAT,
    /** Mostly UTF-8 with bytes that are not: damaged, or cut in the middle of characters. */
    INVALID_ENCODING,
    /** Part UTF-8 and part an older encoding (Windows-1258 or -1252): pasted together from two sources. */
    MIXED_ENCODING,
    /** Locked with a password. */
    PASSWORD_PROTECTED,
    /** Its end is missing: copied or downloaded only in part. */
    TRUNCATED,
    /** Not valid inside, though it starts like a Word or PDF file. */
    DAMAGED,
    /** A ZIP that would expand far beyond what a document holds. */
    ZIP_BOMB,
    /** XML that declares a DOCTYPE or entities, which no Office document does: an attack. */
    XML_ENTITY,
    /** A PDF that expands beyond the memory available. */
    TOO_COMPLEX,
    /** A PDF with pages but no text on them (a scan without OCR). */
    NO_TEXT_LAYER,
    /** A web page without the text of a statement in it. */
    NO_ARTICLE,
    /** Written in a language other than English and Vietnamese. */
    OTHER_LANGUAGE,
    /** Read, but no commitment was found in it (set by the importer). */
    NO_COMMITMENTS,
    /** Reviewed, and the review left no commitment to track (set by the importer). */
    NONE_TO_TRACK,
    /** Read and analysed, but storing it failed; nothing of it was kept (set by the importer). */
    NOT_SAVED
}
