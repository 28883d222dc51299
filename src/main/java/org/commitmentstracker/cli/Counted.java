package org.commitmentstracker.cli;

/** A count with its noun for the command line's English lines: "1 commitment", "0 commitments", "2 history entries". */
final class Counted {
    private Counted() {
    }

    /** The count and the noun in the form it takes; the plural adds "s" to the singular. */
    static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
