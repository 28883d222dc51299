package org.commitmentstracker.ui;

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
    void closeTheWindow() {
        if (window != null) {
            window.close();
        }
    }
}
