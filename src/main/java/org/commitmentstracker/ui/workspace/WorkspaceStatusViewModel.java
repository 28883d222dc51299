package org.commitmentstracker.ui.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;

/**
 * The status bar's word on where the officer works ("This laptop", "Team workspace on SERVER as
 * LOGIN", "Offline copy of SERVER — n changes to send"), and the notice when other accounts on
 * this computer can read the workspace, with the one click that makes it private.
 */
public final class WorkspaceStatusViewModel {
    private final ReadOnlyStringWrapper place = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper privacyWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final WorkspacePlace where;
    private final IntSupplier pendingChanges;
    private final IntSupplier conflicts;
    private final Supplier<List<Path>> readableByOthers;
    private final Callable<Void> makePrivate;
    private final TaskRunner tasks;
    private final Messages messages;

    /**
     * @param pendingChanges   how many changes an offline copy has to send (worker thread)
     * @param readableByOthers what of the workspace other accounts can read (worker thread)
     * @param makePrivate      makes the workspace's folder private (worker thread)
     */
    public WorkspaceStatusViewModel(WorkspacePlace where, IntSupplier pendingChanges,
                                    Supplier<List<Path>> readableByOthers, Callable<Void> makePrivate, TaskRunner tasks,
                                    Messages messages) {
        this(where, pendingChanges, () -> 0, readableByOthers, makePrivate, tasks, messages);
    }

    /** @param conflicts how many sync conflicts an offline copy has left to resolve (worker thread) */
    public WorkspaceStatusViewModel(WorkspacePlace where, IntSupplier pendingChanges, IntSupplier conflicts,
                                    Supplier<List<Path>> readableByOthers, Callable<Void> makePrivate, TaskRunner tasks,
                                    Messages messages) {
        this.where = where;
        this.pendingChanges = pendingChanges;
        this.conflicts = conflicts;
        this.readableByOthers = readableByOthers;
        this.makePrivate = makePrivate;
        this.tasks = tasks;
        this.messages = messages;
        place.set(placeText(0, 0));
    }

    /** Reads what the status bar and the notice say (after a start, a sync, an edit in an offline copy). */
    public void refresh() {
        boolean offline = where.kind() == WorkspacePlace.Kind.OFFLINE_COPY;
        tasks.run(() -> new Check(offline ? pendingChanges.getAsInt() : 0, offline ? conflicts.getAsInt() : 0,
                readableByOthers.get()), check -> {
                    place.set(placeText(check.pending(), check.conflicts()));
                    privacyWarning.set(check.open().isEmpty() ? ""
                            : messages.format("privacy.warning", check.open().get(0)));
                }, e -> error.set(messages.explain(e)));
    }

    /** Makes the workspace private to the officer; the notice goes once it is. */
    public void makePrivate() {
        tasks.run(() -> {
            makePrivate.call();
            return readableByOthers.get();
        }, open -> {
            error.set("");
            privacyWarning.set(open.isEmpty() ? "" : messages.format("privacy.warning", open.get(0)));
        }, e -> error.set(messages.format("privacy.failed", messages.explain(e))));
    }

    private record Check(int pending, int conflicts, List<Path> open) {
    }

    private String placeText(int pending, int conflicts) {
        return switch (where.kind()) {
            case LAPTOP -> messages.format("status.place.laptop", where.folder());
            case SERVER -> messages.format("status.place.server", shortAddress(where.server()), where.login());
            case OFFLINE_COPY -> messages.format("status.place.offline", shortAddress(where.server()), pending,
                    conflicts);
        };
    }

    public WorkspacePlace where() {
        return where;
    }

    public ReadOnlyStringProperty placeProperty() {
        return place.getReadOnlyProperty();
    }

    /** The notice when others can read the workspace; "" when it is private. */
    public ReadOnlyStringProperty privacyWarningProperty() {
        return privacyWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * The server as the status bar names it: host, port and database, without the driver's prefix,
     * so the line fits a laptop's screen in either language.
     */
    static String shortAddress(String server) {
        return server == null ? "" : server.replaceFirst("^jdbc:postgresql://", "");
    }
}
