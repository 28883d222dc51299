package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentsTest {
    @TempDir
    Path dir;

    @Test
    void aFileIsCopiedUnderItsCommitmentAndASecondOneWithTheSameNameKeepsBoth() throws Exception {
        Path data = dir.resolve("data");
        Attachments attachments = new Attachments(data);
        Path report = Files.writeString(dir.resolve("report.pdf"), "first");

        String first = attachments.copyIn(7, report);
        Files.writeString(report, "second");
        String second = attachments.copyIn(7, report);

        assertThat(first).isEqualTo("attachments/7/report.pdf");
        assertThat(second).isEqualTo("attachments/7/report (2).pdf");
        assertThat(attachments.resolve(first)).hasContent("first");
        assertThat(attachments.resolve(second)).hasContent("second");
        assertThat(data.resolve("attachments/7")).isDirectoryNotContaining("glob:**.tmp");

        attachments.discard(second);
        assertThat(attachments.resolve(second)).doesNotExist();
    }

    @Test
    void onlyFilesInsideTheWorkspaceAreEverOpened() {
        Attachments attachments = new Attachments(dir.resolve("data"));
        assertThatThrownBy(() -> attachments.resolve("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingFileOrAFolderIsRefusedWithItsName() {
        Attachments attachments = new Attachments(dir.resolve("data"));
        assertThatThrownBy(() -> attachments.copyIn(1, dir.resolve("gone.docx")))
                .hasMessage("gone.docx was not found or is not a file");
        assertThatThrownBy(() -> attachments.copyIn(1, dir)).hasMessageEndingWith("was not found or is not a file");
    }

    @Test
    void filesOneFolderDeeperAsAnOfflineCopyKeepsThemAreCopiedOutAndRemovedToo() throws Exception {
        Path data = dir.resolve("data");
        Attachments attachments = new Attachments(data);
        Files.createDirectories(data.resolve("attachments/7/7d08e317"));
        Files.writeString(data.resolve("attachments/7/7d08e317/cong-van.pdf"), "offline");
        Files.writeString(data.resolve("attachments/7/bien-ban.pdf"), "server");

        int copied = attachments.copyOut(java.util.List.of(7L), dir.resolve("kept"));
        attachments.removeAll(java.util.List.of(7L));

        assertThat(copied).isEqualTo(2);
        assertThat(dir.resolve("kept/attachments/7/7d08e317/cong-van.pdf")).hasContent("offline");
        assertThat(dir.resolve("kept/attachments/7/bien-ban.pdf")).hasContent("server");
        assertThat(data.resolve("attachments/7")).doesNotExist();
    }
}
