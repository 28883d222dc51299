package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.STATEMENT_PARTNER;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Reads the partner countries of all statements in one query. */
final class StatementPartners {
    private StatementPartners() {
    }

    static Map<Long, List<String>> byStatement(DSLContext dsl) {
        return dsl.selectFrom(STATEMENT_PARTNER)
                .orderBy(STATEMENT_PARTNER.STATEMENT_ID, STATEMENT_PARTNER.POSITION)
                .stream()
                .collect(Collectors.groupingBy(r -> r.getStatementId(),
                        Collectors.mapping(r -> r.getPartner(), Collectors.toList())));
    }
}
