-- Named sets of filters for the commitments table ("saved views"), as JSON of CommitmentFilter
-- plus the search text.
CREATE TABLE saved_view (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    filter  TEXT NOT NULL
);
