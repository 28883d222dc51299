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
import org.commitmentstracker.ui.workspace.ConnectViewModel;

/**
 * Moves the window to another workspace, or to the same one once a backup replaced its store:
 * the open workspace is closed, the work done while it is closed, the next one opened (all on
 * the switcher's own worker, since the workspace's worker closes with it), and the window
 * shown on it. If the next one cannot be opened, the one before opens again, with the reason.
 */
final class WorkspaceSwitcher {
    /**
     * Opens a workspace as an app, off the UI thread; throws a WorkspaceException naming what is wrong.
     * {@code opened} is the target's services when they are open already (a connection just made), else null.
     */
    interface Opener {
        App open(Target target, WorkspaceServices opened, WorkspaceSwitcher switcher);
    }

    /**
     * A workspace to open: a data folder, or a team workspace on a server with a login and its
     * password (held in memory only, to open it again after a failed switch; never written or shown).
     */
    record Target(Path folder, String server, String user, String password) {
        static Target folder(Path folder) {
            return new Target(folder, null, null, null);
        }

        static Target server(String server, String user, String password) {
            return new Target(null, server, user, password);
        }

        boolean onServer() {
            return server != null;
        }

        /** The address without parameters and the login, or the folder: never the password. */
        @Override
        public String toString() {
            return onServer() ? ConnectViewModel.shownAddress(server) + " as " + user : String.valueOf(folder);
        }
    }

    /** Shows an opened app in the stage. UI thread. */
    interface Shower {
        void show(App app, Stage stage);
    }

    private final Opener opener;
    private final Shower shower;
    /** Where the next start looks for the chosen workspace; null in tests, which must not change it. */
    private final Path standardFolder;
    /** The data folder File > Use a workspace on this laptop goes back to. */
    private final Path laptopFolder;
    private final TaskRunner worker = new FxTaskRunner();

    WorkspaceSwitcher(Opener opener, Shower shower, Path standardFolder, Path laptopFolder) {
        this.opener = opener;
        this.shower = shower;
        this.standardFolder = standardFolder;
        this.laptopFolder = laptopFolder;
    }

    /** A switcher for tests: workspaces open in this language with these dialogs, and the next start's folder is never changed. */
    static WorkspaceSwitcher forTests(Locale language, Dialogs dialogs, Path laptopFolder) {
        return new WorkspaceSwitcher((target, opened, switcher) -> new App(opened != null ? opened
                : open(target, Locale.ENGLISH, "tests"), language, switcher, dialogs, target), App::show, null,
                laptopFolder);
    }

    /** Opens a target's workspace (not filled: a first run's sample is the start-up's). Worker thread. */
    static WorkspaceServices open(Target target, Locale locale, String systemUser) {
        java.time.Clock clock = java.time.Clock.systemDefaultZone();
        return target.onServer()
                ? WorkspaceServices.openServer(target.server(), target.user(), target.password(), clock, locale,
                systemUser)
                : WorkspaceServices.openCheckingBeside(target.folder(), clock, locale, systemUser);
    }

    /**
     * Where the officer's settings for every workspace are (the last server connected to): the OS's
     * standard folder, looked up when asked (tests point the home elsewhere first).
     */
    Path settingsFolder() {
        return standardFolder != null ? standardFolder : SettingsService.standardFolder();
    }

    Path laptopFolder() {
        return laptopFolder;
    }

    /** Moves the window to a team workspace already opened (the Connect dialog opened it to tell a refusal). */
    void switchToOpened(App current, Target target, WorkspaceServices opened) {
        switchTo(current, target, opened, () -> null, false);
    }

    /**
     * Closes {@code current}'s workspace, does {@code whileClosed} (which may return what to tell
     * the officer), opens {@code folder} and shows it in the same window.
     *
     * @param remember open {@code folder} at the next start as well
     */
    void switchTo(App current, Path folder, Callable<String> whileClosed, boolean remember) {
        switchTo(current, Target.folder(folder), null, whileClosed, remember);
    }

    private void switchTo(App current, Target target, WorkspaceServices opened, Callable<String> whileClosed,
                          boolean remember) {
        current.leave();
        Stage stage = current.stage();
        Target before = current.target();
        worker.run(() -> {
            current.close(); // lets queued writes finish first
            return switchClosed(current.messages(), target, opened, before, whileClosed, remember);
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
    private Outcome switchClosed(Messages words, Target target, WorkspaceServices opened, Target before,
                                 Callable<String> whileClosed, boolean remember) {
        List<String> problems = new ArrayList<>();
        try {
            String told = whileClosed.call();
            App next = opener.open(target, opened, this);
            if (remember && standardFolder != null && !target.onServer()) {
                remember(target.folder(), next, problems);
            }
            return new Outcome(next, told, problems);
        } catch (Exception e) {
            if (opened != null) {
                opened.close();
            }
            problems.add(App.explain(words, e));
            try {
                return new Outcome(opener.open(before, null, this), null, problems);
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
