-- Commitments remembered across visits (step 13): a commitment that repeats one of the same partner's
-- earlier commitments (an earlier statement's) is linked to it. Written at import, and again for the
-- whole workspace by `find-repeats`; the links go with either commitment (ON DELETE CASCADE).
CREATE TABLE commitment_repeat (
    commitment_id  INTEGER NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    earlier_id     INTEGER NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    PRIMARY KEY (commitment_id, earlier_id)
);

CREATE INDEX commitment_repeat_by_earlier ON commitment_repeat (earlier_id);
