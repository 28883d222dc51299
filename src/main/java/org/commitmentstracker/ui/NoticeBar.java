package org.commitmentstracker.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A notice across the top of the window that does not stop the officer's work: its text (wrapping)
 * and its buttons; shown only while the text is not empty.
 */
public class NoticeBar extends HBox {

    /**
     * @param id     the bar's id; its text is {@code id + "Text"}
     * @param text   what the notice says; the bar hides while it is empty
     * @param after  what follows the text (buttons, an error)
     */
    public NoticeBar(String id, String styleClass, ObservableStringValue text, Node... after) {
        super(10);
        setId(id);
        getStyleClass().add(styleClass);
        setAlignment(Pos.CENTER_LEFT);
        Label said = new Label();
        said.setId(id + "Text");
        said.setWrapText(true);
        said.setMaxWidth(Double.MAX_VALUE);
        said.textProperty().bind(text);
        HBox.setHgrow(said, Priority.ALWAYS);
        getChildren().add(said);
        getChildren().addAll(after);
        managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        visibleProperty().bind(managedProperty());
    }

    /** A button of the bar: never narrower than its words. */
    public static Button button(String id, String words, Runnable action) {
        Button button = new Button(words);
        button.setId(id);
        button.setMinWidth(USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
