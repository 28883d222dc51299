package org.commitmentstracker.store;

import java.text.Normalizer;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commitmentstracker.model.SearchTerms;
import org.jooq.DSLContext;

/**
 * Diacritic-insensitive search over commitments with SQLite's FTS5: the one class that holds
 * SQLite-only SQL ({@link PostgresFullTextSearch} is its twin on a server). "hop tac" finds "hợp tác", "dau tu" finds "đầu tư"; every word must match, as
 * the start of a word ("hop" finds "hợp tác", "hợp đồng").
 */
public final class SqliteFullTextSearch implements FullTextSearch {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final DSLContext dsl;

    public SqliteFullTextSearch(Database database) {
        this.dsl = database.dsl();
    }

    @Override
    public Set<Long> matchingCommitments(String query) {
        return FullTextSearch.ids(dsl, "SELECT rowid FROM commitment_search WHERE commitment_search MATCH ?",
                ftsQuery(query));
    }

    @Override
    public Set<Long> matchingTerms(SearchTerms terms) {
        return FullTextSearch.ids(dsl, "SELECT rowid FROM commitment_search WHERE commitment_search MATCH ?",
                ftsQuery(terms));
    }

    /**
     * The FTS5 query for groups of alternatives: {@code ("dau"* AND "tu"*) OR "investment"*} for
     * each group, the groups joined by AND. A phrase is one quoted string (FTS5 reads its words in
     * order); the words hold only letters and digits, so nothing breaks the syntax.
     */
    static String ftsQuery(SearchTerms terms) {
        return FullTextSearch.query(terms, " AND ", " OR ", alternative -> {
            String star = alternative.prefixLast() ? "*" : "";
            if (alternative.phrase()) {
                return "\"" + String.join(" ", alternative.words()) + "\"" + star;
            }
            StringJoiner all = new StringJoiner(" AND ", "(", ")");
            alternative.words().forEach(w -> all.add("\"" + w + "\"" + star));
            return all.toString();
        });
    }

    /**
     * The FTS5 query for what the user typed: each word folded like the index (NFC, đ→d) and
     * quoted as a prefix, so no character the user types can break the query syntax.
     */
    static String ftsQuery(String query) {
        if (query == null) {
            return "";
        }
        String folded = Normalizer.normalize(query, Normalizer.Form.NFC).replace('đ', 'd').replace('Đ', 'D');
        StringJoiner joined = new StringJoiner(" ");
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            joined.add("\"" + m.group() + "\"*");
        }
        return joined.toString();
    }
}
