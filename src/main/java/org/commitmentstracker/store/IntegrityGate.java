package org.commitmentstracker.store;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;

/**
 * SQLite's quick check of a store with content. The desktop start runs it beside the rest of the opening (on a
 * large store it is a second or more): reads go on meanwhile, and nothing is written before it has passed — every
 * statement that is not a read waits for it here, and fails as {@link DamagedStoreException} when it found damage.
 */
final class IntegrityGate implements ExecuteListener {
    private final Path file;
    private final CompletableFuture<List<String>> problems;

    private IntegrityGate(Path file, CompletableFuture<List<String>> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** A store checked already (or new, or on a server). */
    static IntegrityGate passed(Path file) {
        return new IntegrityGate(file, CompletableFuture.completedFuture(List.of()));
    }

    /** Starts the check on a thread of its own. */
    static IntegrityGate beside(Path file) {
        CompletableFuture<List<String>> problems = new CompletableFuture<>();
        Thread check = new Thread(() -> {
            try {
                problems.complete(SqliteBackup.quickProblems(file));
            } catch (RuntimeException | Error e) {
                problems.completeExceptionally(e);
            }
        }, "store-integrity-check");
        check.setDaemon(true);
        check.start();
        return new IntegrityGate(file, problems);
    }

    /** Waits for the check; throws when it found the store damaged. */
    void await() {
        List<String> found;
        try {
            found = problems.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
        if (!found.isEmpty()) {
            throw new DamagedStoreException(file, found);
        }
    }

    @Override
    public void start(ExecuteContext ctx) {
        if (ctx.type() != ExecuteType.READ) {
            await();
        }
    }
}
