package org.commitmentstracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.fx;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commitmentstracker.ui.commitments.CommitmentRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The words JavaFX gives its own dialogs (the title "Error", the buttons OK and Cancel) are
 * English whatever the UI's language, and so were the workspace's problems: in Vietnamese
 * they must be Vietnamese.
 */
class DialogWordsScreenTest extends ScreenTest {

    @BeforeEach
    void inVietnamese() throws Exception {
        window.showCommitments();
        window.fireMenuItem("vietnameseMenuItem");
        waitFor(() -> window.<TableView<CommitmentRow>>find("#commitmentsTable").getColumns().get(2).getText()
                .equals("Cam kết"));
    }

    @Test
    void theAboutNoticesButtonIsVietnamese(FxRobot robot) throws Exception {
        window.chooseMenu("Trợ giúp", "aboutMenuItem");

        DialogPane about = shownDialog("Giới thiệu");
        assertThat(buttons(robot, about)).containsExactly("Đồng ý");
        robot.interact(() -> about.getScene().getWindow().hide());
    }

    @Test
    void theRestoreDialogsCancelIsVietnamese(FxRobot robot) throws Exception {
        window.chooseMenu("Tệp", "restoreMenuItem");

        DialogPane restore = (DialogPane) window.dialog("restoreDialog").lookup(".dialog-pane");
        assertThat(buttons(robot, restore)).contains("Hủy", "Khôi phục").doesNotContain("Cancel");
        robot.interact(() -> restore.getScene().getWindow().hide());
    }

    @Test
    void anErrorIsTitledInVietnameseWithAVietnameseButton(FxRobot robot) throws Exception {
        robot.interact(() -> new FxDialogs(new Messages(Locale.forLanguageTag("vi"))).showError("Không lưu được."));

        DialogPane error = shownDialog("Lỗi");
        assertThat(error.getHeaderText()).isNull();
        assertThat(error.getContentText()).isEqualTo("Không lưu được.");
        assertThat(buttons(robot, error)).containsExactly("Đồng ý");
        robot.interact(() -> error.getScene().getWindow().hide());
    }

    @Test
    void aWorkspaceThatCannotMoveThereIsSaidInVietnamese(@TempDir Path somewhere) throws Exception {
        Path notEmpty = Files.createDirectories(somewhere.resolve("usb"));
        Files.writeString(notEmpty.resolve("ghi-chu.txt"), "đã có tệp");

        window.pickNext(notEmpty);
        window.chooseMenu("Tệp", "moveWorkspaceMenuItem");

        DialogPane error = shownDialog("Lỗi");
        assertThat(error.getContentText()).isEqualTo("Thư mục " + notEmpty.toAbsolutePath().normalize()
                + " không trống: hãy chọn một thư mục trống.");
    }

    private static DialogPane shownDialog(String title) throws Exception {
        waitFor(() -> dialogTitled(title).isPresent());
        return dialogTitled(title).orElseThrow();
    }

    private static Optional<DialogPane> dialogTitled(String title) throws Exception {
        return fx(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w.isShowing() && w instanceof Stage s && title.equals(s.getTitle()))
                .map(w -> w.getScene().getRoot()).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .findFirst());
    }

    private static List<String> buttons(FxRobot robot, DialogPane pane) {
        return robot.from(pane).lookup(".button").queryAllAs(Button.class).stream()
                .filter(Button::isVisible).map(Button::getText).toList();
    }
}
