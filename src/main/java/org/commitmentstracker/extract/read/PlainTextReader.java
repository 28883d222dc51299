package org.commitmentstracker.extract.read;

/** A .txt statement in any of the encodings desk officers meet: UTF-8, UTF-16 with BOM, Windows-1258/1252. */
final class PlainTextReader {
    static final String NOT_TEXT = "is not a text file";

    private PlainTextReader() {
    }

    static String read(String name, byte[] bytes) throws UnreadableStatementException {
        try {
            return EncodingDetector.decode(bytes);
        } catch (EncodingDetector.NotTextException e) {
            throw new UnreadableStatementException(name, e.problem(), e.reason()).saying(null, e.values());
        }
    }
}
