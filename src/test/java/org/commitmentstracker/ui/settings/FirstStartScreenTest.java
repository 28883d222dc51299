package org.commitmentstracker.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.fx;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.ui.AppWindowFixture;
import org.commitmentstracker.ui.commitments.CommitmentRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** The officer's first start: the window asks their name, and it signs every later change instead of the OS account. */
@ExtendWith(ApplicationExtension.class)
class FirstStartScreenTest {
    AppWindowFixture window;

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void theNameGivenAtFirstStartSignsTheChanges(FxRobot robot) throws Exception {
        window = AppWindowFixture.showFirstStart(FxToolkit.registerPrimaryStage());

        Parent dialog = window.dialog("askTextDialog");
        TextField name = window.within(dialog, ".text-field");
        String offered = fx(() -> name.getText());
        assertThat(offered).as("offered: the OS account").isEqualTo(System.getProperty("user.name"));
        robot.interact(() -> name.setText("Nguyễn Thị Lan"));
        robot.clickOn(((DialogPane) dialog).lookupButton(ButtonType.OK));

        waitFor(() -> "Nguyễn Thị Lan".equals(window.author()));
        TableView<CommitmentRow> table = window.showCommitments();
        CommitmentRow first = table.getItems().get(0);
        window.clickRow(table, 0);
        Label text = window.find("#detailText");
        waitFor(() -> text.getText().equals(first.text()));
        robot.clickOn("#nextStepEditor");
        window.type("Call the embassy");
        window.press(KeyCode.ENTER);

        waitFor(() -> window.store().history().forCommitment(first.commitmentId()).stream()
                .anyMatch(h -> "Call the embassy".equals(h.newValue())));
        assertThat(window.store().history().forCommitment(first.commitmentId()))
                .filteredOn(h -> "Call the embassy".equals(h.newValue()))
                .extracting(HistoryEntry::author).containsExactly("Nguyễn Thị Lan");
    }
}
