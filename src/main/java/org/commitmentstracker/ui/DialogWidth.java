package org.commitmentstracker.ui;

import javafx.scene.control.DialogPane;

/**
 * The width of a dialog whose form needs more than 600 px. AtlantaFX's theme caps every dialog pane at 600 px
 * ({@code -fx-max-width}); a pane asked to be wider is then narrower than its form, which is cut at both sides
 * (labels against the left edge, fields cut at the right), and a resizable one cannot grow. The cap is lifted by the
 * pane's own style (-1: no maximum of its own); a maximum set in code was measured to lose to the theme's.
 */
public final class DialogWidth {
    private DialogWidth() {
    }

    /** The pane is {@code width} wide, and may be made wider where the dialog is resizable. */
    public static void set(DialogPane pane, double width) {
        pane.setPrefWidth(width);
        pane.setStyle(pane.getStyle() + ";-fx-max-width: -1;");
    }
}
