package org.commitmentstracker.ui.main;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Dresses the app's window: theme, stylesheet, icon and a size that fits the screen. */
public final class MainStage {
    private static final String STYLESHEET = "/org/commitmentstracker/ui/app.css";
    private static final String ICON = "/bundled/icons/app-icon.png";

    private MainStage() {
    }

    /** Shows {@code root} in {@code stage}, sized to the screen (at most 1440×860; maximized on a smaller screen). FX thread. */
    public static void show(Stage stage, Parent root) {
        useTheme();
        var screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth() - 40), Math.min(860, screen.getHeight() - 40));
        scene.getStylesheets().add(MainStage.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        // Decoded beside the window's first layout (a 256-pixel icon takes tens of ms in a cold JVM), then added.
        java.util.concurrent.CompletableFuture.supplyAsync(MainStage::icon).thenAccept(icon -> icon.ifPresent(
                image -> javafx.application.Platform.runLater(() -> stage.getIcons().add(image))));
        // A laptop screen (1366×768 is the most common at ministries) is used whole.
        if (screen.getWidth() < 1400 || screen.getHeight() < 800) {
            stage.setMaximized(true);
        }
        stage.show();
    }

    private static java.util.Optional<Image> icon() {
        try (InputStream icon = MainStage.class.getResourceAsStream(ICON)) {
            return icon == null ? java.util.Optional.empty() : java.util.Optional.of(new Image(icon));
        } catch (IOException e) {
            // A window without an icon is still a window.
            return java.util.Optional.empty();
        }
    }

    /**
     * The theme, from its binary form (AtlantaFX ships the parsed stylesheet: read, not parsed, at start). Set once:
     * setting it again would make every scene restyle. Set before the first control is made, JavaFX never loads its
     * own Modena stylesheet (a control's class loads it when no stylesheet is set yet), only to replace it. FX thread.
     */
    public static void useTheme() {
        String theme = new PrimerLight().getUserAgentStylesheetBSS();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }
}
