package org.commitmentstracker.ui.importing;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The labels of the review screen's regions and fields, each tied to what it names for screen readers. */
final class ReviewLabels {
    private ReviewLabels() {
    }

    /** A region's heading, such as "Files" above the file list. */
    static Label section(String text, Node content) {
        Label heading = new Label(text);
        heading.getStyleClass().add("detail-section");
        heading.setLabelFor(content);
        return heading;
    }

    /** A field's label, never cut shorter than its text. */
    static Label field(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
