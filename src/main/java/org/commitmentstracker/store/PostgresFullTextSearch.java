package org.commitmentstracker.store;

import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commitmentstracker.model.SearchTerms;
import org.jooq.DSLContext;

/**
 * The twin of {@link SqliteFullTextSearch} on a PostgreSQL server: the one class that holds the
 * server's search SQL. The table commitment_search holds each commitment's words folded by
 * unaccent (lower case, no marks, đ to d; see the PostgreSQL migrations); the query is folded
 * the same way here and matched as prefixes with the 'simple' text-search configuration, which
 * its GIN index serves.
 */
public final class PostgresFullTextSearch implements FullTextSearch {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final DSLContext dsl;

    public PostgresFullTextSearch(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public Set<Long> matchingCommitments(String query) {
        return FullTextSearch.ids(dsl, "SELECT commitment_id FROM commitment_search "
                + "WHERE to_tsvector('simple', body) @@ to_tsquery('simple', ?)",
                tsQuery(query));
    }

    @Override
    public Set<Long> matchingTerms(SearchTerms terms) {
        return FullTextSearch.ids(dsl, "SELECT commitment_id FROM commitment_search "
                + "WHERE to_tsvector('simple', body) @@ to_tsquery('simple', ?)",
                tsQuery(terms));
    }

    /**
     * The tsquery for groups of alternatives: {@code ((dau:* & tu:*) | investment:*)} for each group,
     * the groups joined by {@code &}; a phrase's words joined by {@code <->} (one after the other).
     */
    static String tsQuery(SearchTerms terms) {
        return FullTextSearch.query(terms, " & ", " | ", alternative -> {
            StringJoiner words = new StringJoiner(alternative.phrase() ? " <-> " : " & ", "(", ")");
            List<String> each = alternative.words();
            for (int i = 0; i < each.size(); i++) {
                boolean prefix = alternative.prefixLast() && (!alternative.phrase() || i == each.size() - 1);
                words.add(each.get(i) + (prefix ? ":*" : ""));
            }
            return words.toString();
        });
    }

    /**
     * The tsquery for what the user typed: each word folded like the index (marks dropped, đ→d,
     * lower case) and matched as a prefix ({@code dau:* & tu:*}). Only letters and digits reach
     * the query, so nothing typed can break its syntax.
     */
    static String tsQuery(String query) {
        if (query == null) {
            return "";
        }
        StringJoiner joined = new StringJoiner(" & ");
        Matcher m = WORD.matcher(fold(query));
        while (m.find()) {
            joined.add(m.group() + ":*");
        }
        return joined.toString();
    }

    /** As the index folds: đ to d, marks dropped, lower case. */
    static String fold(String text) {
        return SearchTerms.fold(text);
    }
}
