package org.commitmentstracker.service;

import org.commitmentstracker.model.ExplainedIOException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDeletion;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.store.Attachments;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.StatementRepository;
import org.commitmentstracker.store.WorkspaceSettings;

/** The statements in the workspace, their paragraphs and how far their commitments have got; deleting them. */
public final class StatementService implements StatementDeletions {
    /** Set when the officer chose to keep the sample after a real import: not asked again. */
    static final String SAMPLE_KEPT_KEY = "sample_kept_at";

    private final StatementRepository statements;
    private final CommitmentRepository commitments;
    private final BackupActions backups;
    private final Attachments attachments;
    private final WorkspaceSettings settings;
    private final Clock clock;

    StatementService(StatementRepository statements, CommitmentRepository commitments, BackupActions backups,
                     Attachments attachments, WorkspaceSettings settings, Clock clock) {
        this.statements = statements;
        this.commitments = commitments;
        this.backups = backups;
        this.attachments = attachments;
        this.settings = settings;
        this.clock = clock;
    }

    public List<Statement> all() {
        return statements.findAll();
    }

    /** The ids of the statements that came with the sample workspace. */
    public Set<Long> sampleIds() {
        return statements.sampleIds();
    }

    /** Per statement id: its commitments by state, as the statements screen counts them. */
    public Map<Long, int[]> progressByStatement() {
        return commitments.progressByStatement();
    }

    /** A statement's paragraphs in their order, commitments and context alike. */
    public List<StatementUnit> units(long statementId) {
        return statements.units(statementId);
    }

    @Override
    public Optional<StatementDeletion.Extent> extent(long statementId) {
        return statements.extent(statementId);
    }

    @Override
    public StatementDeletion delete(long statementId, String author) throws IOException {
        return deleteAll(List.of(statementId), author).get(0);
    }

    @Override
    public boolean sampleRemovalDue() {
        return settings.get(SAMPLE_KEPT_KEY).isEmpty() && !statements.sampleIds().isEmpty()
                && statements.countReal() > 0;
    }

    @Override
    public void keepSample() {
        settings.put(SAMPLE_KEPT_KEY, clock.instant().toString());
    }

    @Override
    public List<StatementDeletion> removeSample(String author) throws IOException {
        Set<Long> sample = new TreeSet<>(statements.sampleIds());
        return sample.isEmpty() ? List.of() : deleteAll(List.copyOf(sample), author);
    }

    /**
     * One backup, the attachment files copied beside it, then each statement deleted in a
     * transaction of its own and logged; the attachment files leave the data folder last.
     */
    private List<StatementDeletion> deleteAll(List<Long> ids, String author) throws IOException {
        for (long id : ids) {
            if (statements.extent(id).isEmpty()) {
                throw new ExplainedIOException("statement " + id + " is no longer in the workspace", null,
                        "statements.delete.gone");
            }
        }
        // A team workspace is backed up on its server by IT: nothing to make here.
        Path backup = backups.backsUpHere() ? backups.backUpNow() : null;
        List<Long> commitmentIds = new ArrayList<>();
        ids.forEach(id -> commitmentIds.addAll(statements.commitmentIds(id)));
        if (backup != null) {
            String name = backup.getFileName().toString().replaceFirst("\\.db$", "");
            attachments.copyOut(commitmentIds, backup.resolveSibling(name + "-attachments"));
        }
        List<StatementDeletion> deleted = new ArrayList<>();
        for (long id : ids) {
            statements.delete(id, author, backup == null ? null : backup.toString()).ifPresent(deleted::add);
        }
        attachments.removeAll(commitmentIds);
        return deleted;
    }
}
