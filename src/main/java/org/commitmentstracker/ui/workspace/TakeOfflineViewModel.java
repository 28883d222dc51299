package org.commitmentstracker.ui.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.service.OfflineCopy;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;

/**
 * File &gt; Take offline: a folder for the offline copy, all of the team workspace or some partners,
 * the copy made on a worker with its progress, then the offer to open it.
 */
public final class TakeOfflineViewModel {
    /** Makes the offline copy (worker thread); {@code partners} empty for all of the workspace. */
    public interface Checkout {
        void checkout(Path folder, List<String> partners, OfflineCopy.SyncProgress progress) throws Exception;
    }

    /** A partner offered in the check list. */
    public record Partner(String name, String shown, BooleanProperty chosen) {
    }

    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObservableList<Partner> partners = FXCollections.observableArrayList();
    private final BooleanProperty everything = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<Path> made = new SimpleObjectProperty<>();
    private final Checkout checkout;
    private final Supplier<List<String>> partnerNames;
    private final Supplier<Path> suggestedFolder;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Executor uiThread;
    private final Consumer<Path> open;

    /**
     * @param partnerNames    the partners of the team workspace's statements (worker thread)
     * @param suggestedFolder a folder to offer for the copy, or null (worker thread: it looks at the disk)
     * @param open            moves the window to the copy made (UI thread)
     */
    public TakeOfflineViewModel(Checkout checkout, Supplier<List<String>> partnerNames, Supplier<Path> suggestedFolder,
                                TaskRunner tasks, Messages messages, Executor uiThread, Consumer<Path> open) {
        this.checkout = checkout;
        this.partnerNames = partnerNames;
        this.suggestedFolder = suggestedFolder;
        this.tasks = tasks;
        this.messages = messages;
        this.uiThread = uiThread;
        this.open = open;
    }

    /** Reads the partners to offer and, unless one is chosen already, a folder to offer. */
    public void load() {
        tasks.run(partnerNames::get, names -> partners.setAll(names.stream()
                .map(name -> new Partner(name, messages.partner(name), new SimpleBooleanProperty())).toList()),
                e -> error.set(messages.explain(e)));
        if (folder.get() == null) {
            tasks.run(suggestedFolder::get, suggestion -> {
                if (folder.get() == null && suggestion != null) {
                    folder.set(suggestion);
                }
            }, e -> { }); // only an offer: without it the officer chooses, as before
        }
    }

    /** Makes the copy in the chosen folder. */
    public void takeOffline() {
        Path target = folder.get();
        if (target == null) {
            error.set(messages.get("offline.noFolder"));
            return;
        }
        List<String> chosen = everything.get() ? List.of()
                : partners.stream().filter(p -> p.chosen().get()).map(Partner::name).toList();
        if (!everything.get() && chosen.isEmpty()) {
            error.set(messages.get("offline.noPartner"));
            return;
        }
        busy.set(true);
        error.set("");
        made.set(null);
        progress.set(-1);
        message.set(messages.format("offline.running", target));
        tasks.run(() -> {
            checkout.checkout(target, chosen, (done, total) -> uiThread.execute(
                    () -> progress.set(total <= 0 ? -1 : (double) done / total)));
            return target;
        }, copy -> {
            busy.set(false);
            progress.set(1);
            message.set(messages.format("offline.done", copy));
            made.set(copy);
        }, e -> {
            busy.set(false);
            progress.set(0);
            message.set("");
            error.set(messages.format("offline.failed", messages.explain(e)));
        });
    }

    /** Moves the window to the copy just made. */
    public void openCopy() {
        if (made.get() != null) {
            open.accept(made.get());
        }
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ObservableList<Partner> partners() {
        return partners;
    }

    /** True: all of the workspace; false: only the partners ticked. */
    public BooleanProperty everythingProperty() {
        return everything;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** The copy made, once it is; null before. */
    public ObjectProperty<Path> madeProperty() {
        return made;
    }
}
