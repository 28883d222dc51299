package org.commitmentstracker.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/**
 * The floor of the cold start: the smallest window like ours (menu, table, date picker, combo box, text area) on
 * the same runtime, without the app's work. Prints "timing: first window painted with N rows after X ms" (from
 * JVM start) at its first painted pulse, as the app does; {@code -Dfloor.exitAfterPaint=true} ends it then (its
 * own AOT training run, and each timed run).
 */
public final class FloorWindow {
    static final String LINE = "timing: first window painted with ";
    private static final int ROWS = 200;

    private FloorWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            TableView<String[]> table = new TableView<>();
            for (String name : new String[] {"Ref", "Commitment", "Owner", "Status", "Deadline"}) {
                int index = table.getColumns().size();
                TableColumn<String[], String> column = new TableColumn<>(name);
                column.setCellValueFactory(row -> new SimpleStringProperty(row.getValue()[index]));
                table.getColumns().add(column);
            }
            for (int i = 0; i < ROWS; i++) {
                table.getItems().add(new String[] {"¶" + i, "The two sides agreed to cooperate " + i, "MOFA",
                        "Not started", LocalDate.of(2026, 1 + i % 12, 1).toString()});
            }
            MenuBar menus = new MenuBar(new Menu("File", null, new MenuItem("Open"), new MenuItem("Quit")),
                    new Menu("Edit", null, new MenuItem("Copy")));
            HBox fields = new HBox(8, new DatePicker(LocalDate.now()),
                    new ComboBox<>(FXCollections.observableArrayList("Not started", "On track", "Done")));
            BorderPane root = new BorderPane(table, menus, null, new TextArea("Progress"), null);
            root.setRight(fields);
            Stage stage = new Stage();
            Scene scene = new Scene(root, 1200, 700);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.err.println(LINE + table.getItems().size() + " rows after " + ms + " ms");
                if (Boolean.getBoolean("floor.exitAfterPaint")) {
                    Platform.runLater(() -> {
                        Platform.exit();
                        System.exit(0);
                    });
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setScene(scene);
            stage.setTitle("Floor");
            stage.show();
        });
    }
}
