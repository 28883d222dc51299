package org.commitmentstracker.store;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;

/**
 * Where jOOQ meets a database's errors (running a statement, or beginning, committing or rolling
 * back a transaction), each database's failures from outside the app are turned into words that
 * name the store: {@link SqliteFailures}, {@link PostgresFailures}.
 */
abstract class FailureTranslation implements ExecuteListener, TransactionProvider {
    private final TransactionProvider transactions;

    FailureTranslation(TransactionProvider transactions) {
        this.transactions = transactions;
    }

    /** The failure as the user should read it, or {@code e} itself; {@code sql} is what was run, or null. */
    abstract RuntimeException translated(RuntimeException e, String sql);

    @Override
    public void exception(ExecuteContext ctx) {
        ctx.exception(translated(ctx.exception(), ctx.sql()));
    }

    @Override
    public void begin(TransactionContext ctx) {
        try {
            transactions.begin(ctx);
        } catch (RuntimeException e) {
            throw translated(e, null);
        }
    }

    @Override
    public void commit(TransactionContext ctx) {
        try {
            transactions.commit(ctx);
        } catch (RuntimeException e) {
            throw translated(e, null);
        }
    }

    @Override
    public void rollback(TransactionContext ctx) {
        try {
            transactions.rollback(ctx);
        } catch (RuntimeException e) {
            throw translated(e, null);
        }
    }
}
