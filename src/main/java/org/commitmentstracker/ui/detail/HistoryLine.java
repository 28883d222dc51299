package org.commitmentstracker.ui.detail;

/**
 * One line of the progress log as shown: when, who, and what happened; a progress note's
 * evidence link and attached file (its path in the workspace) when it has them, else null.
 */
public record HistoryLine(String when, String author, String what, String link, String attachment) {

    /** The attached file's name, for its link in the log. */
    public String attachmentName() {
        return attachment == null ? null : attachment.substring(attachment.lastIndexOf('/') + 1);
    }
}
