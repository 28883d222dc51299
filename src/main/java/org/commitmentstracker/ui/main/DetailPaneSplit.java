package org.commitmentstracker.ui.main;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.commitmentstracker.ui.commitments.DelayedSave;
import org.commitmentstracker.ui.commitments.TableLayoutViewModel;

/**
 * The detail pane beside the table: shown or taken out of the split as the layout says, its
 * divider where the officer left it (and remembered when moved).
 */
final class DetailPaneSplit {
    private final SplitPane split;
    private final Node detail;
    private final TableLayoutViewModel layout;
    private final DelayedSave delayedSave;

    DetailPaneSplit(SplitPane split, Node detail, TableLayoutViewModel layout) {
        this.split = split;
        this.detail = detail;
        this.layout = layout;
        this.delayedSave = new DelayedSave(layout);
        // A wider window gives the table the room; the pane keeps its width.
        SplitPane.setResizableWithParent(detail, false);
        layout.detailOpenProperty().addListener((o, was, open) -> show(open));
        show(layout.detailOpenProperty().get());
    }

    private void show(boolean open) {
        if (!open) {
            split.getItems().remove(detail);
            return;
        }
        if (!split.getItems().contains(detail)) {
            split.getItems().add(detail);
        }
        split.setDividerPositions(layout.dividerProperty().get());
        SplitPane.Divider divider = split.getDividers().get(0);
        divider.positionProperty().addListener((o, was, is) -> {
            if (split.getItems().contains(detail)) {
                layout.dividerProperty().set(is.doubleValue());
            }
        });
        delayedSave.watch(divider.positionProperty());
    }
}
