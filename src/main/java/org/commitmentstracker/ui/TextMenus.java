package org.commitmentstracker.ui;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;

/**
 * The menu a right-click opens in a text field (Undo, Cut, Copy, Paste…), in the UI's language:
 * JavaFX's own speaks English only. While attached, every window's text fields without a menu of
 * their own get this one at their first right-click. FX thread, except {@link #detach()}.
 */
public final class TextMenus {
    /** Marks the menus given here, which may be replaced; a field's own menu never is. */
    private static final String MARK = "commitments.textMenu";
    private final Supplier<Messages> words;
    private final EventHandler<ContextMenuEvent> onRequest = this::requested;
    private final ListChangeListener<Window> onWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::watch);
        }
    };

    /** @param words the UI's words now (the language can change while the app runs) */
    public TextMenus(Supplier<Messages> words) {
        this.words = words;
    }

    /** Set once attached, on the FX thread; read by {@link #detach()} on any thread. */
    private volatile boolean attached;

    /** Gives the menus in the windows open now and in those opened later. */
    public void attach() {
        Window.getWindows().forEach(this::watch);
        Window.getWindows().addListener(onWindows);
        attached = true;
    }

    /**
     * Stops giving them (the app closes; the next one attaches its own). Any thread. Never attached, it does nothing:
     * when the toolkit could not start (no display), queueing on its thread would wait for ever.
     */
    public void detach() {
        if (!attached) {
            return;
        }
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(this::detach);
            return;
        }
        Window.getWindows().removeListener(onWindows);
        Window.getWindows().forEach(w -> w.removeEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, onRequest));
    }

    private void watch(Window window) {
        window.removeEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, onRequest);
        window.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, onRequest);
    }

    private void requested(ContextMenuEvent event) {
        Node node = event.getTarget() instanceof Node n ? n : null;
        while (node != null && !(node instanceof TextInputControl)) {
            node = node.getParent();
        }
        if (node instanceof TextInputControl field
                && (field.getContextMenu() == null || field.getContextMenu().getProperties().containsKey(MARK))) {
            // Set before the field's own handler runs, which then shows this menu instead of JavaFX's.
            // Made anew each time, so a field keeps no menu in the language it had before a switch.
            ContextMenu menu = menu(field, words.get());
            menu.getProperties().put(MARK, Boolean.TRUE);
            field.setContextMenu(menu);
        }
    }

    /** The menu for {@code field}, its items enabled as JavaFX's own would be. */
    static ContextMenu menu(TextInputControl field, Messages messages) {
        MenuItem undo = item(messages, "text.undo", field::undo);
        MenuItem redo = item(messages, "text.redo", field::redo);
        MenuItem cut = item(messages, "text.cut", field::cut);
        MenuItem copy = item(messages, "text.copy", field::copy);
        MenuItem paste = item(messages, "text.paste", field::paste);
        MenuItem delete = item(messages, "text.delete", () -> field.deleteText(field.getSelection()));
        MenuItem selectAll = item(messages, "text.selectAll", field::selectAll);
        ContextMenu menu = new ContextMenu(undo, redo, new SeparatorMenuItem(), cut, copy, paste, delete,
                new SeparatorMenuItem(), selectAll);
        menu.setOnShowing(e -> {
            IndexRange selection = field.getSelection();
            boolean editable = field.isEditable() && !field.isDisabled();
            undo.setDisable(!editable || !field.isUndoable());
            redo.setDisable(!editable || !field.isRedoable());
            cut.setDisable(!editable || selection.getLength() == 0);
            copy.setDisable(selection.getLength() == 0);
            paste.setDisable(!editable || !Clipboard.getSystemClipboard().hasString());
            delete.setDisable(!editable || selection.getLength() == 0);
            selectAll.setDisable(field.getLength() == 0 || selection.getLength() == field.getLength());
        });
        return menu;
    }

    private static MenuItem item(Messages messages, String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
