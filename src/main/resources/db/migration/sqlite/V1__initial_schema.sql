-- Schema v1 of a Commitments Tracker workspace.
-- Dates are ISO-8601 text (yyyy-MM-dd), instants ISO-8601 UTC text: portable to PostgreSQL
-- and readable in any SQLite browser. Statuses are codes; "overdue" is derived, never stored.

CREATE TABLE agency (
    id        INTEGER PRIMARY KEY,
    code      TEXT    NOT NULL UNIQUE,
    name_vi   TEXT    NOT NULL,
    name_en   TEXT    NOT NULL
);

-- Which agency is suggested as owner for a commitment of a sector.
CREATE TABLE sector_owner (
    sector     TEXT    PRIMARY KEY,
    agency_id  INTEGER NOT NULL REFERENCES agency (id)
);

CREATE TABLE statement (
    id             INTEGER PRIMARY KEY,
    title          TEXT    NOT NULL,
    statement_date TEXT,
    place          TEXT,
    language       TEXT    NOT NULL CHECK (language IN ('en', 'vi')),
    source         TEXT,
    relationship   TEXT,
    content_hash   TEXT    NOT NULL UNIQUE,
    original_text  TEXT    NOT NULL,
    imported_at    TEXT    NOT NULL
);

CREATE TABLE statement_partner (
    statement_id  INTEGER NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    partner       TEXT    NOT NULL,
    PRIMARY KEY (statement_id, position)
);

-- A paragraph, bullet or heading of a statement, in source order.
CREATE TABLE unit (
    id            INTEGER PRIMARY KEY,
    statement_id  INTEGER NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,
    ref           TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('COMMITMENT', 'POSITION', 'CONTEXT', 'HEADING', 'NOISE')),
    section       TEXT,
    text          TEXT    NOT NULL,
    cue           TEXT,
    UNIQUE (statement_id, ordinal)
);

CREATE TABLE commitment (
    id               INTEGER PRIMARY KEY,
    unit_id          INTEGER NOT NULL UNIQUE REFERENCES unit (id) ON DELETE CASCADE,
    sector           TEXT,
    owner_agency_id  INTEGER REFERENCES agency (id),
    status           TEXT    NOT NULL DEFAULT 'NOT_STARTED'
                     CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'AT_RISK', 'COMPLETED',
                                       'PARTIALLY_COMPLETED', 'DROPPED')),
    deadline         TEXT,
    actor            TEXT,
    target           TEXT,
    next_step        TEXT,
    notes            TEXT,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);

CREATE TABLE commitment_co_owner (
    commitment_id  INTEGER NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    agency_id      INTEGER NOT NULL REFERENCES agency (id),
    PRIMARY KEY (commitment_id, agency_id)
);

-- Append-only: every change of status, owner, co-owners, deadline or notes, and every
-- progress entry, with its time and author. A past quarter's report is rebuilt from it.
CREATE TABLE history (
    id             INTEGER PRIMARY KEY,
    commitment_id  INTEGER NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    changed_at     TEXT    NOT NULL,
    author         TEXT    NOT NULL,
    field          TEXT    NOT NULL CHECK (field IN ('STATUS', 'OWNER', 'CO_OWNERS', 'DEADLINE',
                                                     'NOTES', 'NEXT_STEP', 'PROGRESS')),
    old_value      TEXT,
    new_value      TEXT,
    comment        TEXT
);

CREATE INDEX history_by_commitment ON history (commitment_id, changed_at);
CREATE INDEX history_by_time ON history (changed_at);
CREATE INDEX unit_by_statement ON unit (statement_id, ordinal);
CREATE INDEX commitment_by_owner ON commitment (owner_agency_id);
CREATE INDEX commitment_by_status ON commitment (status);

CREATE TRIGGER history_is_append_only
BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;

-- Facts about the workspace itself, such as whether the sample workspace was loaded.
CREATE TABLE workspace_setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
