package org.commitmentstracker.service;

import java.util.List;
import java.util.Map;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.StatementRepository;

/** The statements in the workspace, their paragraphs and how far their commitments have got. */
public final class StatementService {
    private final StatementRepository statements;
    private final CommitmentRepository commitments;

    StatementService(StatementRepository statements, CommitmentRepository commitments) {
        this.statements = statements;
        this.commitments = commitments;
    }

    public List<Statement> all() {
        return statements.findAll();
    }

    /** Per statement id: its commitments by state, as the statements screen counts them. */
    public Map<Long, int[]> progressByStatement() {
        return commitments.progressByStatement();
    }

    /** A statement's paragraphs in their order, commitments and context alike. */
    public List<StatementUnit> units(long statementId) {
        return statements.units(statementId);
    }
}
