-- Full-text search over commitments, SQLite FTS5 (see store/SqliteFullTextSearch: the only
-- code that queries it). Each commitment's row holds its paragraph, its statement's title and
-- partners, with diacritics folded so that "hop tac" finds "hợp tác": unicode61 drops the
-- marks, and đ/Đ, letters of their own, are replaced by d/D here and in the query.
CREATE VIRTUAL TABLE commitment_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER commitment_search_insert AFTER INSERT ON commitment
BEGIN
    INSERT INTO commitment_search (rowid, body)
    SELECT NEW.id, replace(replace(u.text || ' ' || s.title || ' '
               || coalesce((SELECT group_concat(p.partner, ' ') FROM statement_partner p
                            WHERE p.statement_id = s.id), ''), 'đ', 'd'), 'Đ', 'D')
    FROM unit u JOIN statement s ON s.id = u.statement_id
    WHERE u.id = NEW.unit_id;
END;

CREATE TRIGGER commitment_search_delete AFTER DELETE ON commitment
BEGIN
    DELETE FROM commitment_search WHERE rowid = OLD.id;
END;

-- Stores made by schema v1 get their existing commitments indexed.
INSERT INTO commitment_search (rowid, body)
SELECT c.id, replace(replace(u.text || ' ' || s.title || ' '
           || coalesce((SELECT group_concat(p.partner, ' ') FROM statement_partner p
                        WHERE p.statement_id = s.id), ''), 'đ', 'd'), 'Đ', 'D')
FROM commitment c JOIN unit u ON u.id = c.unit_id JOIN statement s ON s.id = u.statement_id;
