package org.commitmentstracker.service;

import java.util.List;
import java.util.Set;
import org.commitmentstracker.model.Explanation;

/** The table's search: what was typed, and with the switch on, its terms in the other language too. */
@FunctionalInterface
public interface CommitmentSearch {
    /**
     * The ids of the commitments matching {@code query}, diacritics ignored; with {@code bothLanguages},
     * also those that hold its glossary terms in the other language ("dau tu" also finds "investment").
     */
    Set<Long> find(String query, boolean bothLanguages);

    /** The glossary lines left out (file and line), to tell the officer; none by default. */
    default List<Explanation> glossaryProblems() {
        return List.of();
    }
}
