package org.commitmentstracker.ui;

import java.util.ArrayList;
import javafx.scene.control.DialogPane;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A screen test: before each test the real window on a new sample workspace
 * ({@link AppWindowFixture}) is shown in TestFX's stage, and closed after it. A subclass's own
 * {@code @BeforeEach} runs after this one.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class ScreenTest {
    protected AppWindowFixture window;

    @BeforeEach
    void showTheWindow() throws Exception {
        window = AppWindowFixture.show(FxToolkit.registerPrimaryStage());
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        if (window != null) {
            window.close();
        }
        // A menu, drop-down or dialog a test left open would take the next test's clicks and keys.
        AppWindowFixture.fx(() -> {
            new ArrayList<>(Window.getWindows()).stream()
                    .filter(w -> w.isShowing() && (w instanceof PopupWindow || w.getScene() != null
                            && w.getScene().getRoot() instanceof DialogPane))
                    .forEach(Window::hide);
            return null;
        });
    }
}
