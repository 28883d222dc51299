-- Laptops that travel (step 11): every change in history has an id, the same on the server and in
-- every offline copy, so a sync recognises a change it has already sent or received. Rows written
-- before get an id of their own here; the repositories give each new row a UUID. (Named change_uuid:
-- the jOOQ code generator reads every column ending in _id as a 64-bit key.)
ALTER TABLE history ADD COLUMN change_uuid TEXT;
DROP TRIGGER history_is_append_only;
UPDATE history SET change_uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-'
                                || hex(randomblob(2)) || '-' || hex(randomblob(6)));
CREATE TRIGGER history_is_append_only
BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
CREATE UNIQUE INDEX history_by_change_uuid ON history (change_uuid);

-- An offline copy's bookkeeping (empty elsewhere). Each row is written in the same transaction as
-- what it records, so a sync cut off anywhere and run again applies nothing twice.
-- The changes known to be on the server: taken with the copy, received, sent, or settled as a conflict.
CREATE TABLE sync_seen (
    change_uuid  TEXT PRIMARY KEY
);

-- The statements known to be on the server (with the same ids); any other was imported offline.
CREATE TABLE sync_statement (
    statement_id  INTEGER PRIMARY KEY
);

-- A field changed both here and on the server: kept on both sides until the officer chooses.
CREATE TABLE sync_conflict (
    id             INTEGER PRIMARY KEY,
    commitment_id  INTEGER NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    field          TEXT    NOT NULL,
    base_value     TEXT,
    mine           TEXT,
    theirs         TEXT,
    their_author   TEXT,
    their_time     TEXT,
    UNIQUE (commitment_id, field)
);
