package org.commitmentstracker.ui.main;

import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.TransferMode;
import org.commitmentstracker.ui.settings.WindowActions;

/**
 * Statements handed to the window rather than chosen: files or a folder dropped on it, files
 * or text pasted. Each goes to the import review.
 */
public final class DropTarget {
    private final WindowActions actions;

    public DropTarget(WindowActions actions) {
        this.actions = actions;
    }

    /** Files or a folder dropped anywhere on {@code node} are imported through the review. */
    public void acceptDropsOn(Node node) {
        node.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        node.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                importFiles(e.getDragboard().getFiles());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    /** Files copied in a file manager are imported as files; copied text as a statement. */
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles()) {
            importFiles(clipboard.getFiles());
        } else {
            actions.importText(clipboard.hasString() ? clipboard.getString() : "");
        }
    }

    private void importFiles(List<File> files) {
        actions.importStatements(files.stream().map(File::toPath).toList());
    }
}
