package org.commitmentstracker.store;

import java.nio.file.Path;
import org.commitmentstracker.service.WorkspaceServices;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.commitmentstracker.model.CommitmentDraft;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;

/** A real workspace in a temporary folder, with a fixed clock, for repository tests. */
public final class StoreFixture implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2025-10-01T08:00:00Z");

    public final Workspace workspace;
    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final AgencyRepository agencies;
    public final StatementRepository statements;
    public final CommitmentRepository commitments;
    public final HistoryRepository history;
    public final WorkspaceSettings settings;
    /** The application layer over the same workspace (closing it closes the workspace). */
    public final WorkspaceServices services;

    public StoreFixture(Path dir) {
        workspace = Workspace.open(dir);
        agencies = new AgencyRepository(workspace.database());
        statements = new StatementRepository(workspace.database(), clock);
        commitments = new CommitmentRepository(workspace.database(), clock);
        history = new HistoryRepository(workspace.database());
        settings = new WorkspaceSettings(workspace.database());
        services = WorkspaceServices.over(workspace, clock, java.util.Locale.ENGLISH, "tester");
    }

    /** A two-paragraph English statement whose second paragraph is a commitment. */
    public static StatementDraft smallStatement(String text, String ownerCode) {
        Statement statement = new Statement(null, "Joint Statement", List.of("Chile"), LocalDate.of(2025, 3, 12),
                "Ha Noi", "en", null, null, null, text, null);
        return new StatementDraft(statement, List.of(
                new UnitDraft(new StatementUnit(null, 0, "1", UnitKind.CONTEXT, null, "The President visited.", null),
                        null),
                new UnitDraft(new StatementUnit(null, 1, "2", UnitKind.COMMITMENT, null,
                        "The two sides agreed to raise trade.", "agreed to"),
                        new CommitmentDraft(Sector.ECO, ownerCode, LocalDate.of(2026, 12, 31), "both", "USD 3 billion"))));
    }

    @Override
    public void close() {
        workspace.close();
    }
}
