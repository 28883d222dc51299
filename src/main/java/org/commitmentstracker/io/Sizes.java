package org.commitmentstracker.io;

import java.util.Locale;

/** File sizes in words a desk officer reads at a glance: "20 MB", "20.4 MB", "512 KB", "90 bytes". */
public final class Sizes {
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private Sizes() {
    }

    public static String describe(long bytes) {
        if (bytes >= MB) {
            return trim(String.format(Locale.ROOT, "%.1f", bytes / (double) MB)) + " MB";
        }
        if (bytes >= KB) {
            return trim(String.format(Locale.ROOT, "%.1f", bytes / (double) KB)) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String trim(String number) {
        return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    }
}
