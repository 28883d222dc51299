package org.commitmentstracker.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.commitmentstracker.ScratchFolders;
import org.commitmentstracker.ui.ScreenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** File › Export report as Word: the dialog filled in, the document written and read back, the fields remembered. */
class WordReportDialogScreenTest extends ScreenTest {

    @BeforeEach
    void openTheTable() throws Exception {
        window.showCommitments();
    }

    @Test
    void theFileMenuWritesTheWordReportAndTheDialogRemembersTheSigner(FxRobot robot) throws Exception {
        window.chooseMenu("File", "exportWordMenuItem");
        Parent dialog = window.dialog("wordReportDialog");
        window.assertInside(dialog, "#wordTo");
        window.assertInside(dialog, "#wordNumber");
        // What was typed last time is read on the worker and filled in after the dialog shows (one FX callback,
        // the agency first): wait for it, also so that it cannot land over what is typed below.
        TextArea agency = window.within(dialog, "#wordAgency");
        waitFor(() -> !agency.getText().isEmpty());
        assertThat(agency.getText()).isEqualTo("Bộ Ngoại giao");
        robot.clickOn(window.<TextField>within(dialog, "#wordAbbreviation"));
        window.type("CAU");
        robot.clickOn(window.<TextField>within(dialog, "#wordNumber"));
        window.type("15");
        robot.clickOn(window.<TextField>within(dialog, "#wordSignerTitle"));
        window.type("Director-General");
        robot.clickOn(window.<TextField>within(dialog, "#wordSignerName"));
        window.type("Nguyen Van An");
        robot.clickOn(window.<TextArea>within(dialog, "#wordProposals"));
        window.type("Convene the interministerial meeting");
        Path file = ScratchFolders.create("word-dialog").resolve("report.docx");

        // Export asks where to write the document: the officer picks this file.
        window.pickNext(file);
        robot.clickOn(window.<Button>within(dialog, "#wordExport"));

        Label message = window.within(dialog, "#wordMessage");
        waitFor(() -> message.getText().startsWith("report.docx written: "));
        assertThat(window.<Label>within(dialog, "#wordError").getText()).isEmpty();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("BỘ NGOẠI GIAO", "No.: 15/BC-CAU", "REPORT", "IV. PROPOSALS",
                    "Convene the interministerial meeting", "Recipients:", "- File: Records, CAU.", "DIRECTOR-GENERAL",
                    "Nguyen Van An");
        }
        window.press(KeyCode.ESCAPE);
        waitFor(() -> !window.isShowing("wordReportDialog"));

        window.chooseMenu("File", "exportWordMenuItem");
        Parent again = window.dialog("wordReportDialog");
        waitFor(() -> "Nguyen Van An".equals(window.<TextField>within(again, "#wordSignerName").getText()));
        assertThat(window.<TextField>within(again, "#wordAbbreviation").getText()).isEqualTo("CAU");
        assertThat(window.<TextField>within(again, "#wordNumber").getText()).isEmpty();
        assertThat(window.<TextArea>within(again, "#wordProposals").getText()).isEmpty();
        window.press(KeyCode.ESCAPE);
        waitFor(() -> !window.isShowing("wordReportDialog"));
    }
}
