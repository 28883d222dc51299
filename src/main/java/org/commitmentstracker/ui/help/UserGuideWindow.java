package org.commitmentstracker.ui.help;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commitmentstracker.ui.Messages;

/**
 * The user guide (Help › User guide, F1): its sections listed on the left, the one chosen on the
 * right as headings, paragraphs, lists and the table of shortcuts. Ctrl+C or the Copy button puts
 * the section's text on the clipboard. Not modal: the officer can keep it beside the main window.
 */
public final class UserGuideWindow {
    private final Stage stage = new Stage();
    private final UserGuideViewModel guide;
    private final Messages messages;
    private final VBox page = new VBox(12);

    public UserGuideWindow(Window owner, UserGuideViewModel guide, Messages messages) {
        this.guide = guide;
        this.messages = messages;
        stage.initOwner(owner);
        stage.setTitle(messages.get("guide.title"));
        BorderPane root = new BorderPane(pageView(), null, null, null, contents());
        root.setId("userGuide");
        root.getStyleClass().add("user-guide");
        var screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(980, screen.getWidth() - 80), Math.min(640, screen.getHeight() - 80));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN), this::copy);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::hide);
        stage.setScene(scene);
        guide.shownProperty().addListener((o, old, section) -> showPage(section));
        showPage(guide.shownProperty().get());
    }

    /** Shows the window, or brings it to the front. */
    public void show() {
        stage.show();
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        stage.hide();
    }

    private ListView<UserGuide.Section> contents() {
        ListView<UserGuide.Section> list = new ListView<>();
        list.setId("guideContents");
        list.getStyleClass().add("guide-contents");
        list.getItems().setAll(guide.sections());
        list.setPrefWidth(270);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(UserGuide.Section section, boolean empty) {
                super.updateItem(section, empty);
                setText(empty || section == null ? null : section.title());
                // A long title wraps rather than scrolling the list sideways.
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().select(guide.shownProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, section) -> {
            if (section != null) {
                guide.show(section.id());
            }
        });
        return list;
    }

    private ScrollPane pageView() {
        page.setId("guidePage");
        page.getStyleClass().add("guide-page");
        page.setPadding(new Insets(18, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void showPage(UserGuide.Section section) {
        page.getChildren().clear();
        if (section == null) {
            return;
        }
        Label heading = new Label(section.title());
        heading.setId("guideHeading");
        heading.getStyleClass().add("guide-heading");
        heading.setWrapText(true);
        Button copy = new Button(messages.get("guide.copy"));
        copy.setId("guideCopy");
        copy.setTooltip(new Tooltip(messages.get("guide.copy.tip")));
        copy.setOnAction(e -> copy());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, heading, spacer, copy);
        top.setAlignment(Pos.CENTER_LEFT);
        page.getChildren().add(top);
        for (UserGuide.Block block : section.blocks()) {
            page.getChildren().add(node(block));
        }
    }

    private Node node(UserGuide.Block block) {
        if (block instanceof UserGuide.Shortcuts table) {
            return shortcuts(table);
        }
        if (block instanceof UserGuide.Bullets bullets) {
            VBox list = new VBox(4);
            for (String item : bullets.items()) {
                // The bullet or step number hangs to the left of the text's lines.
                int gap = item.indexOf(' ');
                Label marker = new Label(item.substring(0, gap));
                marker.getStyleClass().add("guide-text");
                marker.setMinWidth(22);
                Label text = paragraph(item.substring(gap).strip());
                HBox.setHgrow(text, Priority.ALWAYS);
                list.getChildren().add(new HBox(4, marker, text));
            }
            list.setPadding(new Insets(0, 0, 0, 8));
            return list;
        }
        return paragraph(block.text());
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("guide-text");
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static GridPane shortcuts(UserGuide.Shortcuts table) {
        GridPane grid = new GridPane();
        grid.setId("guideShortcuts");
        grid.getStyleClass().add("guide-shortcuts");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actions = new ColumnConstraints();
        actions.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, actions);
        int row = 0;
        for (UserGuide.Shortcut shortcut : table.rows()) {
            Label key = new Label(shortcut.keys());
            key.getStyleClass().add("guide-key");
            grid.addRow(row++, key, paragraph(shortcut.action()));
        }
        return grid;
    }

    private void copy() {
        UserGuide.Section section = guide.shownProperty().get();
        if (section != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(section.text());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
