package org.commitmentstracker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.commitmentstracker.service.BackupActions;
import org.commitmentstracker.service.SettingsService;
import org.commitmentstracker.service.WorkspaceRecovery;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.DamagedStoreException;
import org.commitmentstracker.store.WorkspaceException;
import org.commitmentstracker.ui.FxDialogs;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.workspace.ConnectViewModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Opens the workspace, then the main window; a failure is told in words, never a stack trace.
 * A store that fails its check is never written over: the officer is offered the newest good
 * backup, told what would be lost, and the damaged store is kept aside.
 */
final class DesktopStartup {
    private boolean toolkitStarted;
    private RuntimeException toolkitFailure;
    private final CountDownLatch fxThreadKnown = new CountDownLatch(1);
    private volatile Thread fxThread;

    /** Returns 0 once the window is up (the app then runs until it is closed), else an exit code. */
    int start(Path dataFolder) {
        return start(dataFolder, null, null);
    }

    /**
     * @param server a team workspace's address ({@code --server}), whose password is asked in a dialog; null for the data folder
     * @param user   the login on {@code server}
     */
    int start(Path dataFolder, String server, String user) {
        StartupTiming.mark("main");
        Locale locale = Locale.getDefault();
        Messages messages = new Messages(locale);
        // The toolkit starts while the workspace opens: together they are most of the start-up.
        java.util.concurrent.CompletableFuture.runAsync(this::startToolkit);
        WorkspaceSwitcher switcher = new WorkspaceSwitcher((target, opened, self) -> open(target, opened, locale, self,
                true),
                DesktopStartup::show, SettingsService.standardFolder(), dataFolder);
        if (server != null) {
            return startOnServer(server, user, locale, messages, switcher);
        }
        App app;
        try {
            app = open(dataFolder, locale, switcher);
        } catch (DamagedStoreException e) {
            System.err.println(e.getMessage());
            if (!offerRestore(dataFolder, e, messages)) {
                return 1;
            }
            try {
                app = open(dataFolder, locale, switcher);
            } catch (WorkspaceException again) {
                System.err.println(again.getMessage());
                showError(messages, App.explain(messages, again));
                return 1;
            }
        } catch (WorkspaceException e) {
            System.err.println(e.getMessage());
            showError(messages, App.explain(messages, e));
            return 1;
        }
        StartupTiming.mark("workspace open");
        int shown = showFirst(app);
        return shown != 0 ? shown : afterTheCheck(app, dataFolder, locale, switcher, messages);
    }

    /**
     * The window is up while the store's quick check ends (nothing is written before it passes). A damaged store's
     * window is closed and the newest good backup offered, as at a start that found the damage first.
     */
    private int afterTheCheck(App app, Path dataFolder, Locale locale, WorkspaceSwitcher switcher, Messages messages) {
        try {
            app.awaitIntegrity();
            StartupTiming.mark("store checked");
            return 0;
        } catch (DamagedStoreException e) {
            System.err.println(e.getMessage());
            waitOnFx(() -> app.stage().hide());
            if (!offerRestore(dataFolder, e, messages)) {
                return 1;
            }
            try {
                App restored = open(WorkspaceSwitcher.Target.folder(dataFolder), null, locale, switcher, true);
                return showFirst(restored);
            } catch (WorkspaceException again) {
                System.err.println(again.getMessage());
                showError(messages, App.explain(messages, again));
                return 1;
            }
        }
    }

    /**
     * Returns once the toolkit has ended (its last window closed). On Java 25 the JVM no longer stays up for the
     * toolkit's thread once {@code main} returns, so the launcher waits here.
     */
    void waitUntilClosed() throws InterruptedException {
        fxThreadKnown.await();
        fxThread.join();
    }

    /** Shows the first window on the opened workspace: 0 once it is up, else 1 (no display). */
    private int showFirst(App app) {
        try {
            onFxThread(() -> {
                fxThread = Thread.currentThread();
                fxThreadKnown.countDown();
                Platform.setImplicitExit(true);
                show(app, new Stage());
            });
            return 0;
        } catch (RuntimeException e) {
            app.close();
            System.err.println("Cannot open a window: " + e.getMessage()
                    + ". The desktop app needs a display; the command line works without one (see --help).");
            return 1;
        }
    }

    /** A start with {@code --server}: the password asked in a dialog, then the team workspace's window. */
    private int startOnServer(String server, String user, Locale locale, Messages messages,
                              WorkspaceSwitcher switcher) {
        String shown = ConnectViewModel.shownAddress(server);
        AtomicReference<Optional<String>> typed = new AtomicReference<>(Optional.empty());
        boolean asked = waitOnFx(() -> typed.set(new FxDialogs(messages).askPassword(messages.get("connect.title"),
                messages.format("connect.askPassword.header", user, shown), messages.get("connect.password"))));
        if (!asked) {
            System.err.println("Cannot open a window to ask the password for " + user + " on " + shown
                    + ": the desktop app needs a display; the command line works without one (see --help).");
            return 1;
        }
        if (typed.get().isEmpty()) {
            return 1;
        }
        App app;
        try {
            app = open(WorkspaceSwitcher.Target.server(server, user, typed.get().get()), null, locale, switcher,
                    true);
        } catch (RuntimeException e) {
            String sentence = ConnectViewModel.refusal(messages, shown, user, e);
            System.err.println(ConnectViewModel.refusal(new Messages(Locale.ENGLISH), shown, user, e));
            showError(messages, sentence);
            return 1;
        }
        return showFirst(app);
    }

    /** The first start's workspace: its window may show while the store's quick check ends. */
    private static App open(Path dataFolder, Locale locale, WorkspaceSwitcher switcher) {
        return open(WorkspaceSwitcher.Target.folder(dataFolder), null, locale, switcher, false);
    }

    /**
     * Opens the workspace and fills a new data folder (the backup at start follows once the window is up); a team
     * workspace is not filled. Not on the FX thread.
     */
    private static App open(WorkspaceSwitcher.Target target, WorkspaceServices opened, Locale locale,
                            WorkspaceSwitcher switcher, boolean awaitCheck) {
        WorkspaceServices services = opened != null ? opened
                : WorkspaceSwitcher.open(target, locale, System.getProperty("user.name", "unknown"));
        StartupTiming.mark("store opened (its quick check running beside)");
        try {
            if (!services.onServer()) {
                services.prepareFirstRun();
            }
            List<Path> readable = services.readableByOthers();
            if (!readable.isEmpty()) {
                System.err.println("Warning: other accounts on this computer can read " + readable.get(0)
                        + "; the window offers to make it private.");
            }
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        // The rows are read while the toolkit starts and the window is built (reads need not wait for the check).
        App app = new App(services, null, switcher, null, target,
                AppFirstRows.readBeside(services.commitments()::overview,
                        row -> row.isOverdue(java.time.LocalDate.now(services.clock()))));
        if (awaitCheck) {
            try {
                // A damaged store is never shown (nor written): the caller offers the newest good backup.
                services.awaitIntegrity();
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
            StartupTiming.mark("store checked");
        }
        return app;
    }

    /** Shows the app in the stage; after a restore or a switch, the same stage shows the next workspace. */
    private static void show(App app, Stage stage) {
        stage.setOnHidden(event -> app.close());
        StartupTiming.mark("toolkit ready");
        app.show(stage);
        StartupTiming.mark("window shown");
        // After the window is up, so a large store does not delay it; store work queues behind it.
        app.backUpNow();
    }

    /** Asks whether to restore the newest good backup; true when it was put in place. */
    private boolean offerRestore(Path dataFolder, DamagedStoreException damage, Messages messages) {
        Path backupFolder = WorkspaceRecovery.backupFolder(dataFolder);
        Optional<BackupActions.Choice> good;
        try {
            good = WorkspaceRecovery.newestGoodBackup(dataFolder);
        } catch (IOException e) {
            good = Optional.empty();
        }
        if (good.isEmpty()) {
            String message = messages.format("damaged.noBackup", backupFolder);
            System.err.println(message);
            showError(messages, messages.format("damaged.header", damage.file()) + "\n\n" + message);
            return false;
        }
        BackupActions.Choice backup = good.get();
        String when = DateTimeFormatter.ofPattern(messages.get("format.dateTime")).format(backup.madeAt());
        AtomicBoolean restore = new AtomicBoolean();
        boolean asked = waitOnFx(() -> restore.set(new FxDialogs(messages).confirm(messages.get("damaged.title"),
                messages.format("damaged.header", damage.file()), messages.format("damaged.restore", when),
                messages.get("damaged.restoreButton"), messages.get("damaged.quit"))));
        if (!asked) {
            System.err.println("Without a display nothing was restored; restore " + backup.file() + " from the app.");
            return false;
        }
        if (!restore.get()) {
            return false;
        }
        try {
            Path aside = WorkspaceRecovery.restore(dataFolder, backup.file(), Clock.systemDefaultZone());
            System.err.println("Restored " + backup.file() + "; the damaged store is kept as " + aside);
            return true;
        } catch (WorkspaceException e) {
            System.err.println(e.getMessage());
            showError(messages, App.explain(messages, e));
            return false;
        }
    }

    /** Shows the message in a dialog when a display is there; the message is on stderr anyway. */
    private void showError(Messages messages, String message) {
        waitOnFx(() -> new FxDialogs(messages).showErrorAndWait(messages.get("startup.failed.title"), message));
    }

    /** Runs a dialog on the FX thread and waits for it; false when there is no display. */
    private boolean waitOnFx(Runnable dialog) {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            onFxThread(() -> {
                // A dialog before the main window must not end the toolkit when it closes.
                Platform.setImplicitExit(false);
                try {
                    dialog.run();
                } finally {
                    closed.countDown();
                }
            });
            closed.await();
            return true;
        } catch (RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts the toolkit on first use; later calls queue on its thread. */
    private void onFxThread(Runnable work) {
        startToolkit();
        Platform.runLater(work);
    }

    /** Starts the toolkit once; a failure (no display) is kept and thrown to every later caller. */
    private synchronized void startToolkit() {
        if (toolkitFailure != null) {
            throw toolkitFailure;
        }
        if (!toolkitStarted) {
            try {
                // Dialogs shown from the start-up runnable itself stay blank: start empty, then queue.
                Platform.setImplicitExit(false);
                Platform.startup(() -> {
                });
                toolkitStarted = true;
                StartupTiming.mark("toolkit started");
            } catch (RuntimeException e) {
                toolkitFailure = e;
                throw e;
            }
        }
    }
}
