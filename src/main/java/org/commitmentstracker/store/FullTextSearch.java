package org.commitmentstracker.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import org.commitmentstracker.model.SearchTerms;
import org.jooq.DSLContext;

/**
 * Diacritic-insensitive search over commitments, in the SQL of one database: "hop tac" finds
 * "hợp tác", "dau tu" finds "đầu tư"; every word must match, as the start of a word.
 */
public interface FullTextSearch {
    /** The ids of the commitments whose text, statement title or partners hold every word of {@code query}. */
    Set<Long> matchingCommitments(String query);

    /**
     * The ids of the commitments that match every group of {@code terms}, a group by any one of its
     * alternatives (what was typed, or a glossary term as a phrase).
     */
    Set<Long> matchingTerms(SearchTerms terms);

    /** The search of the database underneath: FTS5 in a store file, unaccent and tsvector on a server. */
    static FullTextSearch of(Database database) {
        return database.onServer() ? new PostgresFullTextSearch(database) : new SqliteFullTextSearch(database);
    }

    /**
     * The query text for {@code terms} in one database's syntax: the groups joined by {@code and}, the
     * alternatives of each in parentheses joined by {@code or}, each alternative as {@code alternative} writes it.
     */
    static String query(SearchTerms terms, String and, String or,
                        java.util.function.Function<SearchTerms.Alternative, String> alternative) {
        java.util.StringJoiner groups = new java.util.StringJoiner(and);
        for (java.util.List<SearchTerms.Alternative> group : terms.groups()) {
            java.util.StringJoiner alternatives = new java.util.StringJoiner(or, "(", ")");
            group.forEach(a -> alternatives.add(alternative.apply(a)));
            groups.add(alternatives.toString());
        }
        return groups.toString();
    }

    /**
     * The commitment ids one search statement gives for its one parameter. Plain JDBC: tens of
     * thousands of hits as jOOQ records cost more than the search itself.
     */
    static Set<Long> ids(DSLContext dsl, String sql, String parameter) {
        IdSet ids = new IdSet();
        if (parameter.isEmpty()) {
            return ids;
        }
        dsl.connection(c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setString(1, parameter);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.addId(rs.getLong(1));
                    }
                }
            }
        });
        return ids;
    }
}
