-- An officer's word on a repeat (step 13): "the same undertaking" links an earlier commitment the rule
-- did not link; "not the same" takes away a link the rule made. Every word is kept, with who said it and
-- when; the last said about a pair counts, and finding repeats again (an import, find-repeats) keeps to it.
CREATE TABLE repeat_judgement (
    id             INTEGER PRIMARY KEY,
    change_uuid    TEXT    NOT NULL UNIQUE,  -- the same word in every copy of the workspace (a sync sends it once)
    commitment_id  INTEGER NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    earlier_id     INTEGER NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    same           INTEGER NOT NULL CHECK (same IN (0, 1)),
    judged_by      TEXT    NOT NULL,
    judged_at      TEXT    NOT NULL
);

CREATE INDEX repeat_judgement_by_pair ON repeat_judgement (commitment_id, earlier_id);
CREATE INDEX repeat_judgement_by_earlier ON repeat_judgement (earlier_id);
