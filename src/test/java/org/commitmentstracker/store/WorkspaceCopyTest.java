package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceCopyTest {
    @TempDir
    Path dir;

    @Test
    void theStoreAttachmentsAndSettingsGoToTheNewFolderAndTheOldOneStaysAsItWas() throws Exception {
        Path usb = dir.resolve("usb").resolve("workspace");
        try (StoreFixture store = new StoreFixture(dir.resolve("laptop"))) {
            store.statements.insert(StoreFixture.smallStatement("Moved", "MOIT"));
            Files.createDirectories(dir.resolve("laptop/attachments/1"));
            Files.writeString(dir.resolve("laptop/attachments/1/scan.pdf"), "%PDF scan");
            Files.writeString(dir.resolve("laptop/settings.properties"), "author=Lan");

            WorkspaceCopy.copy(store.workspace, usb);
        }

        assertThat(usb.resolve("attachments/1/scan.pdf")).hasContent("%PDF scan");
        assertThat(usb.resolve("settings.properties")).hasContent("author=Lan");
        assertThat(usb.resolve(WorkspaceLock.FILE_NAME)).doesNotExist();
        try (StoreFixture moved = new StoreFixture(usb)) {
            assertThat(moved.statements.count()).isEqualTo(1);
        }
        try (StoreFixture old = new StoreFixture(dir.resolve("laptop"))) {
            assertThat(old.statements.count()).isEqualTo(1);
        }
    }

    @Test
    void aFolderThatIsNotEmptyOrInsideTheWorkspaceIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("full"));
        Files.writeString(dir.resolve("full/notes.txt"), "mine");
        try (StoreFixture store = new StoreFixture(dir.resolve("laptop"))) {
            assertThatThrownBy(() -> WorkspaceCopy.copy(store.workspace, dir.resolve("full")))
                    .hasMessageContaining("is not empty");
            assertThatThrownBy(() -> WorkspaceCopy.copy(store.workspace, dir.resolve("laptop/inner")))
                    .hasMessageContaining("cannot be moved into itself");
        }
        assertThat(dir.resolve("full/notes.txt")).hasContent("mine");
    }
}
