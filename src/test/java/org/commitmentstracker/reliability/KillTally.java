package org.commitmentstracker.reliability;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.commitmentstracker.store.Workspace;
import org.commitmentstracker.store.WorkspaceException;

/** The kills on one workspace so far, the checks that passed after them, and what failed. */
final class KillTally {
    /** A loop's own checks of the store a kill left. */
    interface StoreCheck {
        void check(StoreFacts store) throws SQLException;
    }

    private final List<String> problems = new ArrayList<>();
    private int kills;
    private int integrityOk;
    private int integrityChecks;
    private int reopened;
    private String current = "";

    /** Counts a kill; the problems found until the next one are said to follow it. */
    void killed(int delayMillis) {
        kills++;
        current = "kill " + kills + " (" + delayMillis + " ms after the first write): ";
    }

    /** Checks the store as the kill left it: what every store must pass, then the loop's own checks. */
    void checkAfterKill(Path workspace, StoreCheck loopChecks) throws SQLException {
        try (StoreFacts store = new StoreFacts(workspace.resolve(Workspace.STORE_FILE))) {
            integrityChecks++;
            List<String> integrity = store.integrityCheck();
            if (integrity.equals(List.of("ok"))) {
                integrityOk++;
            } else {
                problem("PRAGMA integrity_check says " + integrity);
            }
            store.consistencyProblems().forEach(this::problem);
            loopChecks.check(store);
        }
    }

    /**
     * Counts the workspace opened after a kill: the app's own open, which neither the killed
     * child's lock nor the app's damage check may refuse. The next child's open counts (it prints
     * READY only once open); after the last kill, {@link #checkReopens} opens it.
     */
    void reopened() {
        reopened++;
    }

    /** Opens and closes the workspace as the app does on its next start. */
    void checkReopens(Path workspace) {
        try {
            Workspace.open(workspace).close();
            reopened++;
        } catch (WorkspaceException e) {
            problem("the app could not open the workspace again: " + e.getMessage());
        }
    }

    void problem(String problem) {
        problems.add(current + problem);
    }

    /** The figures every loop reports, to end its summary line. */
    String figures() {
        return String.format("%d of %d integrity checks ok, the workspace opened again by the app %d times; %d problems",
                integrityOk, integrityChecks, reopened, problems.size());
    }

    int kills() {
        return kills;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
