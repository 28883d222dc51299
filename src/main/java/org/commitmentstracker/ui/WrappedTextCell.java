package org.commitmentstracker.ui;

import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/** A table cell showing long text wrapped to the column's width. */
public final class WrappedTextCell<S> extends TableCell<S, String> {
    private final Text text = new Text();

    public WrappedTextCell() {
        text.wrappingWidthProperty().bind(widthProperty().subtract(12));
        text.getStyleClass().add("wrapping-text");
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setGraphic(empty ? null : text);
    }
}
