-- Attachments on a team workspace (step 11): the twin of SQLite's V10. The files attached to progress
-- entries live here, so every officer opens the same evidence; the path is history.attachment's.
CREATE TABLE attachment_file (
    path      TEXT    PRIMARY KEY,
    content   BYTEA   NOT NULL,
    size      BIGINT  NOT NULL,
    added_at  TEXT    COLLATE "C" NOT NULL
);
