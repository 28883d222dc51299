-- Attachments on a team workspace (step 11): a server keeps the files attached to progress entries
-- in the database, so every officer opens the same evidence. A workspace on a laptop keeps them in
-- its data folder's attachments/ as before: here the table stays empty, so that both databases have
-- one schema (and jOOQ one type: BLOB here, bytea there, both byte[]).
CREATE TABLE attachment_file (
    path      TEXT    PRIMARY KEY,  -- as history.attachment: attachments/<commitment>/…/<name>
    content   BLOB    NOT NULL,
    size      BIGINT  NOT NULL,
    added_at  TEXT    NOT NULL
);
