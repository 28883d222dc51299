package org.commitmentstracker.ui.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.fx;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.ui.AppWindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** An officer switches on "Repeated from an earlier visit" and reads in the pane where the commitment was already. */
@ExtendWith(ApplicationExtension.class)
class RepeatsScreenTest {
    @TempDir
    Path dir;
    AppWindowFixture window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void theSwitchLeavesTheRepeatAndThePaneSaysWhereItWasAlready(FxRobot robot) throws Exception {
        WorkspaceServices services = WorkspaceServices.open(dir.resolve("data"), Clock.systemDefaultZone(), Locale.ENGLISH,
                "Lan");
        services.withAgencies().imports().importAll(List.of(Path.of("src/test/resources/repeats/kz-2025.txt"),
                Path.of("src/test/resources/repeats/kz-2026.txt")));
        window = AppWindowFixture.showOn(FxToolkit.registerPrimaryStage(), services, null);
        TableView<CommitmentRow> table = window.showCommitments();
        waitFor(() -> table.getItems().size() > 1);

        robot.clickOn("#repeatedOnlyToggle");
        waitFor(() -> table.getItems().size() == 1);
        assertThat(fx(() -> table.getItems().get(0).source().text()))
                .startsWith("The two sides agreed to complete the establishment of the Science and Technology");

        window.clickRow(table, 0);
        javafx.scene.layout.VBox alsoIn = window.find("#detailAlsoIn");
        waitFor(() -> alsoIn.isVisible() && alsoIn.lookup(".repeat-line") != null && ((Label) alsoIn.lookup(".repeat-line"))
                .getText().startsWith("Also in: JOINT STATEMENT ON THE STRATEGIC PARTNERSHIP"));
        assertThat(fx(() -> ((Label) alsoIn.lookup(".repeat-line")).getText()))
                .endsWith("(06/05/2025) ¶2 — status then: Not started; now: Not started");

        // Asked for, the pane looks for earlier commitments worded too differently to be linked.
        Label possible = window.find("#detailPossibleRepeats");
        assertThat(fx(possible::isVisible)).isFalse();
        robot.clickOn("#detailLookForRepeats");
        waitFor(() -> possible.isVisible());
        assertThat(possible.getText()).isEqualTo("No other earlier commitment of this partner is worded alike.");
        assertThat(fx(() -> window.<javafx.scene.control.Hyperlink>find("#detailLookForRepeats").isDisabled())).isFalse();

        // The officer says the two are not the same undertaking: the link goes, and the row leaves the filter's list.
        robot.clickOn(fx(() -> alsoIn.lookup(".repeat-judge")));
        waitFor(() -> !alsoIn.isVisible());
        assertThat(services.repeats().repeating()).isEmpty();
        waitFor(() -> table.getItems().isEmpty());
    }
}
