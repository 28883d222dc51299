-- A commitment's sector can be changed at the desk, and that change is recorded like a change
-- of status, owner or deadline. SQLite cannot change a CHECK constraint in place: the history
-- table is rebuilt with SECTOR among its fields, keeping every entry and its id.
DROP TRIGGER history_is_append_only;
CREATE TABLE history_v6 (
    id             INTEGER PRIMARY KEY,
    commitment_id  INTEGER NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    changed_at     TEXT    NOT NULL,
    author         TEXT    NOT NULL,
    field          TEXT    NOT NULL CHECK (field IN ('STATUS', 'OWNER', 'CO_OWNERS', 'DEADLINE',
                                                     'NOTES', 'NEXT_STEP', 'PROGRESS', 'SECTOR')),
    old_value      TEXT,
    new_value      TEXT,
    comment        TEXT,
    evidence_link  TEXT,
    attachment     TEXT
);
INSERT INTO history_v6 (id, commitment_id, changed_at, author, field, old_value, new_value, comment,
                        evidence_link, attachment)
SELECT id, commitment_id, changed_at, author, field, old_value, new_value, comment, evidence_link, attachment
FROM history;
DROP TABLE history;
ALTER TABLE history_v6 RENAME TO history;
CREATE INDEX history_by_commitment ON history (commitment_id, changed_at);
CREATE INDEX history_by_time ON history (changed_at);
CREATE TRIGGER history_is_append_only
BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
