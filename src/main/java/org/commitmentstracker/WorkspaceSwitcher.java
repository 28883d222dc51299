package org.commitmentstracker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.commitmentstracker.service.SettingsService;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.WorkspaceException;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.FxTaskRunner;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;

/**
 * Moves the window to another workspace, or to the same one once a backup replaced its store:
 * the open workspace is closed, the work done while it is closed, the next one opened (all on
 * the switcher's own worker, since the workspace's worker closes with it), and the window
 * shown on it. If the next one cannot be opened, the one before opens again, with the reason.
 */
final class WorkspaceSwitcher {
    /** Opens the workspace in a folder as an app, off the UI thread; throws a WorkspaceException naming what is wrong. */
    interface Opener {
        App open(Path folder, WorkspaceSwitcher switcher);
    }

    /** Shows an opened app in the stage. UI thread. */
    interface Shower {
        void show(App app, Stage stage);
    }

    private final Opener opener;
    private final Shower shower;
    /** Where the next start looks for the chosen workspace; null in tests, which must not change it. */
    private final Path standardFolder;
    private final TaskRunner worker = new FxTaskRunner();

    WorkspaceSwitcher(Opener opener, Shower shower, Path standardFolder) {
        this.opener = opener;
        this.shower = shower;
        this.standardFolder = standardFolder;
    }

    /** A switcher for tests: workspaces open in this language with these dialogs, and the next start's folder is never changed. */
    static WorkspaceSwitcher forTests(Locale language, Dialogs dialogs) {
        return new WorkspaceSwitcher((folder, switcher) -> new App(WorkspaceServices.open(folder,
                java.time.Clock.systemDefaultZone()), language, switcher, dialogs), App::show, null);
    }

    /**
     * Closes {@code current}'s workspace, does {@code whileClosed} (which may return what to tell
     * the officer), opens {@code folder} and shows it in the same window.
     *
     * @param remember open {@code folder} at the next start as well
     */
    void switchTo(App current, Path folder, Callable<String> whileClosed, boolean remember) {
        current.leave();
        Stage stage = current.stage();
        Path before = current.folder();
        worker.run(() -> {
            current.close(); // lets queued writes finish first
            return switchClosed(current.messages(), folder, before, whileClosed, remember);
        }, outcome -> {
            String problems = String.join("\n\n", outcome.problems());
            if (outcome.shown() == null) {
                current.dialogs().showError(problems);
                return;
            }
            shower.show(outcome.shown(), stage);
            if (!outcome.problems().isEmpty()) {
                outcome.shown().dialogs().showError(problems);
            } else if (outcome.told() != null) {
                outcome.shown().dialogs().showInformation(outcome.told());
            }
        }, e -> current.dialogs().showError(App.explain(current.messages(), e)));
    }

    /** What a switch left: the app to show (null when neither workspace opened), what to tell, what went wrong. */
    private record Outcome(App shown, String told, List<String> problems) {
    }

    /** With the current workspace closed: the work, then the next workspace, else the one before again. Worker thread. */
    private Outcome switchClosed(Messages words, Path folder, Path before, Callable<String> whileClosed,
                                 boolean remember) {
        List<String> problems = new ArrayList<>();
        try {
            String told = whileClosed.call();
            App next = opener.open(folder, this);
            if (remember && standardFolder != null) {
                remember(folder, next, problems);
            }
            return new Outcome(next, told, problems);
        } catch (Exception e) {
            problems.add(App.explain(words, e));
            try {
                return new Outcome(opener.open(before, this), null, problems);
            } catch (WorkspaceException again) {
                problems.add(App.explain(words, again));
                return new Outcome(null, null, problems);
            }
        }
    }

    private void remember(Path folder, App next, List<String> problems) {
        try {
            SettingsService.openFromNextStart(standardFolder, folder);
        } catch (java.io.IOException e) {
            problems.add(next.format("workspace.notRemembered", e.getMessage()));
        }
    }
}
