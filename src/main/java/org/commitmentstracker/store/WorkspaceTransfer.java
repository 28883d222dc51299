package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.AGENCY;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT_REPEAT;
import static org.commitmentstracker.store.jooq.Tables.REPEAT_JUDGEMENT;
import static org.commitmentstracker.store.jooq.Tables.DELETED_STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.HISTORY;
import static org.commitmentstracker.store.jooq.Tables.SAVED_VIEW;
import static org.commitmentstracker.store.jooq.Tables.SECTOR_OWNER;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT_PARTNER;
import static org.commitmentstracker.store.jooq.Tables.SYNC_SEEN;
import static org.commitmentstracker.store.jooq.Tables.SYNC_STATEMENT;

import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Whole workspaces between a server and a laptop, every id kept: {@link #checkout} takes an offline copy
 * (all of it or some partners' statements) and {@link #publish} moves a laptop's workspace, with all its
 * history, into an empty server workspace. Both carry the links between repeated commitments (after a sync,
 * which moves statements under new ids, {@code OfflineCopyService} finds them again) and the officers' word on them.
 */
public final class WorkspaceTransfer {
    private WorkspaceTransfer() {
    }

    /** What was copied. */
    public record Copied(int statements, int commitments, int historyEntries) {
    }

    /**
     * Fills the empty local store with the server's agencies, sector owners and the statements of
     * {@code partners} (all when empty) with their units, commitments, co-owners and history, under the
     * server's ids, and remembers where they came from, in one local transaction.
     *
     * @param url the server's address as given; the copy keeps it without parameters, and its connection
     *            options (TLS) apart, never a password
     * @throws WorkspaceException when the local store already holds statements
     */
    public static Copied checkout(Database server, Database local, String url, String user,
                                  List<String> partners, Clock clock) {
        return server.dsl().transactionResult(read -> {
            PostgresServer.readSnapshot(read.dsl(), server);
            DSLContext from = read.dsl();
            requirePartners(from, server, partners);
            // Read in the same snapshot as the rows, so the copy holds every server row up to it.
            long watermark = OfflineSync.watermark(from, server, 0);
            StatementRows rows = StatementRows.read(from, OfflineSync.scope(partners));
            var repeats = repeatsWithin(from, rows);
            var judgements = judgementsWithin(from, rows);
            var agencies = from.selectFrom(AGENCY).orderBy(AGENCY.ID).fetch();
            var sectorOwners = from.selectFrom(SECTOR_OWNER).fetch();
            return local.dsl().transactionResult(write -> {
                DSLContext to = write.dsl();
                if (to.fetchExists(STATEMENT)) {
                    throw new WorkspaceException("The folder " + local.file().getParent()
                            + " already holds a workspace: take the offline copy into a new, empty folder.");
                }
                to.deleteFrom(SECTOR_OWNER).execute();
                to.deleteFrom(AGENCY).execute();
                StatementRows.insert(to, agencies);
                StatementRows.insert(to, sectorOwners);
                rows.insertInto(to, true);
                StatementRows.insert(to, repeats);
                StatementRows.insert(to, judgements);
                to.insertInto(SYNC_STATEMENT, SYNC_STATEMENT.STATEMENT_ID)
                        .select(DSL.select(STATEMENT.ID).from(STATEMENT)).execute();
                to.insertInto(SYNC_SEEN, SYNC_SEEN.CHANGE_UUID)
                        .select(DSL.select(HISTORY.CHANGE_UUID).from(HISTORY).where(HISTORY.CHANGE_UUID.isNotNull()))
                        .execute();
                WorkspaceSettings settings = new WorkspaceSettings(to);
                settings.put(OfflineSync.SERVER, PostgresServer.shownAddress(url));
                settings.put(OfflineSync.SERVER_OPTIONS, PostgresServer.optionsWithoutPasswords(url));
                settings.put(OfflineSync.USER, user);
                settings.put(OfflineSync.PARTNERS, String.join("\n", partners));
                settings.put(OfflineSync.LAST_SYNC, StoreValues.instant(clock.instant()));
                settings.put(OfflineSync.WATERMARK, String.valueOf(watermark));
                // The sample's statements must never load into a copy (the sync would send them as imports).
                settings.put(SampleWorkspace.LOADED_KEY, clock.instant().toString());
                return new Copied(rows.statements.size(), rows.commitments.size(), rows.history.size());
            });
        });
    }

    /**
     * The links between repeated commitments both of which are copied (the ids are kept, so they hold on the
     * other side; a copy of some partners' statements has all their links, which never cross partners).
     */
    private static java.util.List<org.commitmentstracker.store.jooq.tables.records.CommitmentRepeatRecord> repeatsWithin(
            DSLContext from, StatementRows rows) {
        java.util.Set<Long> copied = rows.commitmentIds();
        return from.selectFrom(COMMITMENT_REPEAT).fetch().stream()
                .filter(r -> copied.contains(r.getCommitmentId()) && copied.contains(r.getEarlierId())).toList();
    }

    /** The officers' word on pairs of commitments both of which are copied (ids kept, as the links'). */
    private static java.util.List<org.commitmentstracker.store.jooq.tables.records.RepeatJudgementRecord> judgementsWithin(
            DSLContext from, StatementRows rows) {
        java.util.Set<Long> copied = rows.commitmentIds();
        return from.selectFrom(REPEAT_JUDGEMENT).orderBy(REPEAT_JUDGEMENT.ID).fetch().stream()
                .filter(r -> copied.contains(r.getCommitmentId()) && copied.contains(r.getEarlierId())).toList();
    }

    /** Refuses a partner no statement on the server has (a typo would make an empty copy). */
    private static void requirePartners(DSLContext from, Database server, List<String> partners) {
        List<String> known = from.selectDistinct(STATEMENT_PARTNER.PARTNER).from(STATEMENT_PARTNER)
                .orderBy(STATEMENT_PARTNER.PARTNER).fetch(STATEMENT_PARTNER.PARTNER);
        List<String> missing = partners.stream().filter(p -> known.stream().noneMatch(k -> k.equalsIgnoreCase(p)))
                .toList();
        if (!missing.isEmpty()) {
            throw new WorkspaceException("No statement on " + server.serverAddress() + " has the partner "
                    + String.join(", ", missing) + "; its partners are: " + String.join(", ", known) + ".");
        }
    }

    /**
     * Copies the whole local workspace (agencies, sector owners, statements with everything of them and all
     * history, saved views, the deletion log) into the server, ids kept, in one server transaction; then
     * the server's id sequences are moved past the copied ids.
     *
     * @throws WorkspaceException when the server's workspace already holds statements
     */
    public static Copied publish(Database local, Database server) {
        DSLContext from = local.dsl();
        StatementRows rows = StatementRows.read(from, DSL.noCondition());
        var repeats = repeatsWithin(from, rows);
        var judgements = judgementsWithin(from, rows);
        var agencies = from.selectFrom(AGENCY).orderBy(AGENCY.ID).fetch();
        var sectorOwners = from.selectFrom(SECTOR_OWNER).fetch();
        var savedViews = from.selectFrom(SAVED_VIEW).fetch();
        var deletions = from.selectFrom(DELETED_STATEMENT).fetch();
        return server.dsl().transactionResult(write -> {
            DSLContext to = write.dsl();
            if (to.fetchExists(STATEMENT)) {
                throw new WorkspaceException(WorkspaceException.Problem.SERVER_NOT_EMPTY, "The workspace on "
                        + server.serverAddress() + " is not empty: publish only into a new server workspace.", null,
                        server.serverAddress());
            }
            // With no statement, nothing refers to the server's agencies: the laptop's directory replaces them.
            to.deleteFrom(SECTOR_OWNER).execute();
            to.deleteFrom(AGENCY).execute();
            to.deleteFrom(SAVED_VIEW).execute();
            StatementRows.insert(to, agencies);
            StatementRows.insert(to, sectorOwners);
            rows.insertInto(to, true);
            StatementRows.insert(to, repeats);
            StatementRows.insert(to, judgements);
            StatementRows.insert(to, savedViews);
            StatementRows.insert(to, deletions);
            PostgresServer.advanceIdentities(to);
            return new Copied(rows.statements.size(), rows.commitments.size(), rows.history.size());
        });
    }
}
