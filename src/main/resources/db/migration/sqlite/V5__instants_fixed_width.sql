-- Instants were written by Instant.toString(), whose length varies ("…08:00:00Z",
-- "…08:00:00.5Z", "…08:00:00.123456Z"), so comparing them as text could put a later one
-- first. From v5 they are written with exactly three decimals; this rewrites the old ones.
-- (SQLite's strftime: the PostgreSQL workspace will keep instants in timestamp columns.)
UPDATE statement SET imported_at = strftime('%Y-%m-%dT%H:%M:%fZ', imported_at);
UPDATE commitment SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at),
                      updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', updated_at);
DROP TRIGGER history_is_append_only;
UPDATE history SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', changed_at);
CREATE TRIGGER history_is_append_only
BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
