package org.commitmentstracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.commitmentstracker.bundled.BundledData;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.service.WorkspaceServices;

/**
 * The training run that writes the packaged app's AOT cache ({@code -Dcommitments.aotTraining=true}, with
 * {@code -XX:AOTCacheOutput}, see installer/aot/): once the first window shows its commitments, it does what an
 * officer does in the first minute — rows selected so the detail pane loads, every tab shown, and, beside them, an
 * import of the sample's statements — then closes every window, so the JVM ends and writes the cache of the classes
 * that start used.
 */
final class AotTraining {
    static final String PROPERTY = "commitments.aotTraining";
    private static final Duration STEP = Duration.millis(400);
    /** A training run that hangs must not hang the build: it ends itself. */
    private static final long GIVE_UP_MS = 120_000;

    private AotTraining() {
    }

    static boolean on() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** The sample's statements the training imports (one English, one Vietnamese). */
    private static final List<String> TRAINING_STATEMENTS = List.of("viet-nam-chile-2025.txt",
            "viet-nam-hungary-2025.txt");

    /**
     * An officer's first import of the day: the sample's statements read, extracted, stored and their repeats looked
     * for, into a workspace of its own in a scratch folder. The extractor's and Lucene's classes and the profiles of
     * their methods then come from the cache, so the first import after a start runs sooner.
     */
    private static void importSamples() {
        try {
            // In the training's own home (under target/), which the build cleans.
            Path scratch = Files.createTempDirectory(Path.of(System.getProperty("user.home")), "training-import");
            List<Path> files = new ArrayList<>();
            for (String name : TRAINING_STATEMENTS) {
                files.add(Files.writeString(scratch.resolve(name), BundledData.text("sample/" + name)));
            }
            try (WorkspaceServices workspace = WorkspaceServices.open(scratch.resolve("workspace"), Clock.systemUTC())
                    .withAgencies()) {
                List<ImportOutcome> outcomes = workspace.imports().importAll(files);
                System.err.println("AOT training: imported " + outcomes.size() + " statement(s)");
            }
        } catch (IOException | RuntimeException e) {
            // The cache is then made without the import's classes: the start is as fast, the first import slower.
            System.err.println("AOT training: the sample import failed: " + e);
        }
    }

    /** After the table's first load in {@code stage}: the tour, then every window closed. FX thread. */
    static void tourAfterFirstLoad(ObservableBooleanValue loading, Stage stage) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(GIVE_UP_MS);
                System.err.println("AOT training: no end after " + GIVE_UP_MS / 1000 + " s; stopping");
                System.exit(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "aot-training-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        boolean[] started = {false};
        // The first loads may end before the window appears (it waits a moment for them): the tour needs both.
        Runnable start = () -> {
            if (!loading.get() && stage.getScene() != null && !started[0]) {
                started[0] = true;
                Platform.runLater(() -> tour(stage));
            }
        };
        loading.addListener((o, was, is) -> start.run());
        stage.sceneProperty().addListener((o, was, is) -> start.run());
    }

    private static void tour(Stage stage) {
        // The training's import runs beside the tour; the windows close once it has ended.
        Thread importing = new Thread(AotTraining::importSamples, "aot-training-import");
        importing.start();
        List<Runnable> steps = new ArrayList<>();
        Scene scene = stage.getScene();
        TabPane tabs = (TabPane) scene.getRoot().lookup(".tab-pane");
        if (tabs != null) {
            // The table's tab first (the window may open on the dashboard): its rows and the detail pane.
            steps.add(() -> tabs.getTabs().stream().filter(tab -> "commitmentsTab".equals(tab.getId())).findFirst()
                    .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        }
        for (int row = 0; row < 3; row++) {
            int index = row;
            steps.add(() -> table(scene).ifPresent(table -> table.getSelectionModel().clearAndSelect(index)));
        }
        if (tabs != null) {
            for (int tab = tabs.getTabs().size() - 1; tab >= 0; tab--) {
                int index = tab;
                steps.add(() -> tabs.getSelectionModel().select(index));
            }
        }
        steps.add(() -> closeAllOnceEnded(importing));
        Timeline timeline = new Timeline();
        for (int i = 0; i < steps.size(); i++) {
            Runnable step = steps.get(i);
            timeline.getKeyFrames().add(new KeyFrame(STEP.multiply(i + 1), e -> step.run()));
        }
        timeline.play();
    }

    private static java.util.Optional<TableView<?>> table(Scene scene) {
        Node found = scene.getRoot().lookup(".table-view");
        return found instanceof TableView<?> table ? java.util.Optional.of(table) : java.util.Optional.empty();
    }

    /** Closes every window once the training's import has ended, waited for off the FX thread. */
    private static void closeAllOnceEnded(Thread importing) {
        Thread waiting = new Thread(() -> {
            try {
                importing.join(GIVE_UP_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(AotTraining::closeAll);
        }, "aot-training-wait");
        waiting.setDaemon(true);
        waiting.start();
    }

    /** Dialogs first (the first start's name question among them), the main window last: the toolkit then ends. */
    private static void closeAll() {
        List<Window> open = new ArrayList<>(Window.getWindows());
        open.sort((a, b) -> Boolean.compare(a instanceof Stage s && s.getOwner() == null,
                b instanceof Stage s && s.getOwner() == null));
        System.err.println("AOT training: tour done, closing " + open.size() + " window(s)");
        open.forEach(Window::hide);
    }
}
