package org.commitmentstracker.ui.importing;

import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.commitmentstracker.ui.Messages;

/** The selected statement's source text under its heading, read-only, with the selected paragraph marked in it. */
final class ReviewSourcePane extends VBox {
    private final TextArea source = new TextArea();

    ReviewSourcePane(Messages messages) {
        super(4);
        source.setId("reviewSource");
        source.setEditable(false);
        source.setWrapText(true);
        source.setAccessibleText(messages.get("review.source"));
        source.getStyleClass().add("source-text");
        getChildren().setAll(ReviewLabels.section(messages.get("review.source"), source), source);
        VBox.setVgrow(source, Priority.ALWAYS);
    }

    /** Shows this statement's source text, or none. */
    void show(StatementReview statement) {
        if (statement == null) {
            source.clear();
        } else {
            source.setText(statement.originalText());
        }
    }

    /** Marks where a paragraph stands, as {start, end}; null (not found) leaves the text as it is. */
    void mark(int[] range) {
        if (range != null) {
            source.selectRange(range[0], range[1]);
        }
    }
}
