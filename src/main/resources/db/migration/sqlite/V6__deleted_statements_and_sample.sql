-- Step 10: statements can be deleted, and the sample workspace is marked as such.
--
-- A deleted statement leaves a line here, so a report for a past quarter can still say that
-- something went, who removed it and when. Partners are joined with "; ".
CREATE TABLE deleted_statement (
    id               INTEGER PRIMARY KEY,
    statement_id     INTEGER NOT NULL,
    title            TEXT    NOT NULL,
    partners         TEXT    NOT NULL,
    statement_date   TEXT,
    was_sample       INTEGER NOT NULL DEFAULT 0 CHECK (was_sample IN (0, 1)),
    commitments      INTEGER NOT NULL,
    history_entries  INTEGER NOT NULL,
    deleted_at       TEXT    NOT NULL,
    deleted_by       TEXT    NOT NULL,
    backup           TEXT
);

-- The statements the sample workspace brought in: 1. Reports and update forms leave them out
-- once the workspace holds a real statement.
ALTER TABLE statement ADD COLUMN is_sample INTEGER NOT NULL DEFAULT 0;

-- Workspaces made before this step: the sample's statements are those whose progress was
-- written by the sample's own author name (SampleWorkspace.AUTHOR).
UPDATE statement SET is_sample = 1
WHERE id IN (SELECT u.statement_id FROM unit u
             JOIN commitment c ON c.unit_id = u.id
             JOIN history h ON h.commitment_id = c.id
             WHERE h.author = 'Commitments Tracker (sample)');
