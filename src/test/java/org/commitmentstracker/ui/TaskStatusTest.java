package org.commitmentstracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.value.WritableValue;
import org.junit.jupiter.api.Test;

class TaskStatusTest {
    final TaskStatus status = new TaskStatus();

    @Test
    void workStartsGoesOnAndSucceeds() {
        status.showError("the last try failed");
        status.start("Writing…");
        assertThat(status.isBusy()).isTrue();
        assertThat(status.progressProperty().get()).isEqualTo(TaskStatus.UNKNOWN);
        assertThat(status.errorProperty().get()).isEmpty();

        status.progress(0.5, "Writing 2 of 4…");
        assertThat(status.messageProperty().get()).isEqualTo("Writing 2 of 4…");

        status.succeed("4 written.");
        assertThat(status.isBusy()).isFalse();
        assertThat(status.progressProperty().get()).isEqualTo(1);
        assertThat(status.messageProperty().get()).isEqualTo("4 written.");
    }

    @Test
    void aFailureSaysWhyAndNothingElse() {
        status.start("Writing…");
        status.fail("disk full");

        assertThat(status.isBusy()).isFalse();
        assertThat(status.progressProperty().get()).isZero();
        assertThat(status.messageProperty().get()).isEmpty();
        assertThat(status.errorProperty().get()).isEqualTo("disk full");
    }

    @Test
    void aViewGetsPropertiesItCannotSet() {
        assertThat(status.busyProperty()).isNotInstanceOf(WritableValue.class);
        assertThat(status.progressProperty()).isNotInstanceOf(WritableValue.class);
        assertThat(status.messageProperty()).isNotInstanceOf(WritableValue.class);
        assertThat(status.errorProperty()).isNotInstanceOf(WritableValue.class);
    }
}
