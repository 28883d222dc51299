package org.commitmentstracker.report;

/**
 * What a report as a Word document adds to the header block: the parts of an administrative letter.
 *
 * @param abbreviation the issuing unit's short name for "Số: 15/BC-BNG" and "Lưu: VT, BNG" ("BNG"); may be blank
 * @param signerTitle  the signer's title, "VỤ TRƯỞNG"; blank gives a general one
 * @param signerName   the signer's name; may be blank (signed by hand)
 * @param recipients   the "Nơi nhận" list, one recipient a line; blank gives "- Như trên; - Lưu: VT."
 * @param proposals    section IV as typed, paragraphs a line each; blank says there are none
 */
public record WordLetter(String abbreviation, String signerTitle, String signerName, String recipients,
                         String proposals) {
    public static final WordLetter BLANK = new WordLetter("", "", "", "", "");

    public WordLetter {
        abbreviation = strip(abbreviation);
        signerTitle = strip(signerTitle);
        signerName = strip(signerName);
        recipients = strip(recipients);
        proposals = strip(proposals);
    }

    /** The same letter with other proposals. */
    public WordLetter withProposals(String text) {
        return new WordLetter(abbreviation, signerTitle, signerName, recipients, text);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
