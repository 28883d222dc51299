package org.commitmentstracker.ui.main;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
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

    /**
     * While the workspace opens on another thread, what the idle FX thread can do for the first window: the theme
     * read, then the controls the window uses loaded with their skins, styled with the app's stylesheet and laid
     * out once, off screen. In steps, so that the window need not wait for the steps it no longer needs. FX thread.
     */
    public static List<Runnable> warmUpSteps() {
        return List.of(MainStage::useTheme, () -> styleOffScreen(table()), () -> styleOffScreen(
                new TabPane(new Tab("t", new VBox(new TextField(), new TextArea(), new DatePicker(),
                        new ComboBox<String>(), new CheckBox(), new Button("b"), new ListView<String>(),
                        new ProgressBar(), new Hyperlink("h"), new ScrollPane())))),
                () -> styleOffScreen(new BorderPane(new SplitPane(), new MenuBar(new Menu("m")), null,
                        new Label("l"), null)));
    }

    private static TableView<String> table() {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("a", "b"));
        TableColumn<String, String> column = new TableColumn<>("c");
        column.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue()));
        table.getColumns().add(column);
        return table;
    }

    private static void styleOffScreen(Parent root) {
        Scene scene = new Scene(root, 800, 600);
        scene.getStylesheets().add(MainStage.class.getResource(STYLESHEET).toExternalForm());
        root.applyCss();
        root.layout();
    }
}
