package org.commitmentstracker.service;

/** An edit that was refused before anything was written; the message says why in a sentence. */
public final class EditRefusedException extends IllegalArgumentException {
    public EditRefusedException(String message) {
        super(message);
    }
}
