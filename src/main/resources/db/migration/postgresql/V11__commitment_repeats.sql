-- Commitments remembered across visits (step 13): the twin of SQLite's V11. A commitment that repeats
-- one of the same partner's earlier commitments is linked to it; the links go with either commitment.
CREATE TABLE commitment_repeat (
    commitment_id  BIGINT NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    earlier_id     BIGINT NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    PRIMARY KEY (commitment_id, earlier_id)
);

CREATE INDEX commitment_repeat_by_earlier ON commitment_repeat (earlier_id);
