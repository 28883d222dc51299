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
        try (InputStream icon = MainStage.class.getResourceAsStream(ICON)) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (IOException ignored) {
            // A window without an icon is still a window.
        }
        // A laptop screen (1366×768 is the most common at ministries) is used whole.
        if (screen.getWidth() < 1400 || screen.getHeight() < 800) {
            stage.setMaximized(true);
        }
        stage.show();
    }

    /**
     * The theme, from its binary form (AtlantaFX ships the parsed stylesheet: read, not parsed, at start). Set once:
     * setting it again would make every scene restyle.
     */
    private static void useTheme() {
        String theme = new PrimerLight().getUserAgentStylesheetBSS();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }
}
