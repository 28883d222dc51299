package org.commitmentstracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FxTaskRunnerTest {
    @Test
    void workAskedAfterTheWindowClosedIsLeftWithoutFailing() {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();

        runner.run(() -> {
            ran.set(true);
            return null;
        }, result -> { }, failure -> { });

        assertThat(ran).isFalse();
    }
}
