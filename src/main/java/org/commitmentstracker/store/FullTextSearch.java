package org.commitmentstracker.store;

import java.util.Set;

/**
 * Diacritic-insensitive search over commitments, in the SQL of one database: "hop tac" finds
 * "hợp tác", "dau tu" finds "đầu tư"; every word must match, as the start of a word.
 */
public interface FullTextSearch {
    /** The ids of the commitments whose text, statement title or partners hold every word of {@code query}. */
    Set<Long> matchingCommitments(String query);

    /** The search of the database underneath: FTS5 in a store file, unaccent and tsvector on a server. */
    static FullTextSearch of(Database database) {
        return database.onServer() ? new PostgresFullTextSearch(database) : new SqliteFullTextSearch(database);
    }
}
