package org.commitmentstracker.extract.read;

/**
 * A doubt a reader has about the text it gives, as data, so the review can say it in the
 * officer's language; {@link #toString()} says it in English (the command line, logs).
 *
 * @param count   how many places show it
 * @param example one of them, as it stands in the text
 */
public record ReadWarning(Kind kind, int count, String example) {
    public enum Kind {
        /** A PDF whose font dropped the space after accented letters ("Mông Cổhướng"). */
        MISSING_SPACES,
        /** Vietnamese typed in the old TCVN3 font encoding (.VnTime), turned into Unicode. */
        TCVN3_TURNED,
        /** Vietnamese typed in the old VNI font encoding (VNI-Times), turned into Unicode. */
        VNI_TURNED
    }

    @Override
    public String toString() {
        return switch (kind) {
            case MISSING_SPACES -> "Spaces seem lost between words in this PDF (" + count + " places such as \""
                    + example + "\"): its font drops the space after accented letters. Check the text, "
                    + "or import the statement from its Word or web version.";
            case TCVN3_TURNED -> converted("TCVN3 font encoding (.VnTime)");
            case VNI_TURNED -> converted("VNI font encoding (VNI-Times)");
        };
    }

    private String converted(String encoding) {
        return "Vietnamese typed in the old " + encoding + " was converted to Unicode (" + count
                + (count == 1 ? " line" : " lines") + " such as \"" + example + "\"). Check the text.";
    }
}
