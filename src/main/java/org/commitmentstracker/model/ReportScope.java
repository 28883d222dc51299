package org.commitmentstracker.model;

import java.util.Set;

/**
 * Which commitments a report covers; an empty set means "all". Owners are matched as they
 * stood at the report's date, not as they stand now.
 */
public record ReportScope(Set<String> partners, Set<String> ownerCodes, Set<Sector> sectors, Set<Long> statementIds) {
    public static final ReportScope ALL = new ReportScope(Set.of(), Set.of(), Set.of(), Set.of());

    public ReportScope {
        partners = Set.copyOf(partners);
        ownerCodes = Set.copyOf(ownerCodes);
        sectors = Set.copyOf(sectors);
        statementIds = Set.copyOf(statementIds);
    }

    public boolean includes(CommitmentAsOf c) {
        return (partners.isEmpty() || c.partners().stream().anyMatch(partners::contains))
                && (ownerCodes.isEmpty() || c.owner() != null && ownerCodes.contains(c.owner().code()))
                && (sectors.isEmpty() || sectors.contains(c.sector()))
                && (statementIds.isEmpty() || statementIds.contains(c.statementId()));
    }
}
