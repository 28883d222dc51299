package org.commitmentstracker.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Identifies a statement by its text, so that importing the same statement twice adds nothing.
 * The text is NFC-normalised and its whitespace collapsed first, so a copy that differs only in
 * line endings or spacing counts as the same statement.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(String text) {
        String canonical = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u00a0', ' ')
                .replaceAll("\\s+", " ")
                .strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
