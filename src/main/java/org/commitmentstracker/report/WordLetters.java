package org.commitmentstracker.report;

import org.commitmentstracker.store.WorkspaceSettings;

/**
 * The letter parts the officer typed last (abbreviation, signer, recipients; not the proposals, which are one
 * report's own), kept in the workspace so the next Word report starts from them.
 */
public final class WordLetters {
    static final String ABBREVIATION = "word.abbreviation";
    static final String SIGNER_TITLE = "word.signerTitle";
    static final String SIGNER_NAME = "word.signerName";
    static final String RECIPIENTS = "word.recipients";

    private final WorkspaceSettings settings;

    public WordLetters(WorkspaceSettings settings) {
        this.settings = settings;
    }

    public WordLetter load() {
        return new WordLetter(value(ABBREVIATION), value(SIGNER_TITLE), value(SIGNER_NAME), value(RECIPIENTS), "");
    }

    public void save(WordLetter letter) {
        settings.put(ABBREVIATION, letter.abbreviation());
        settings.put(SIGNER_TITLE, letter.signerTitle());
        settings.put(SIGNER_NAME, letter.signerName());
        settings.put(RECIPIENTS, letter.recipients());
    }

    private String value(String key) {
        return settings.get(key).orElse("");
    }
}
