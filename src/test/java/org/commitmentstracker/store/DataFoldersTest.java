package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFoldersTest {
    @Test
    void windowsUsesAppData() {
        assertThat(DataFolders.defaultFolder("Windows 11", "C:\\Users\\lan", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata", "CommitmentsTracker"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolders.defaultFolder("Mac OS X", "/Users/lan", Map.of()))
                .isEqualTo(Path.of("/Users/lan/Library/Application Support/CommitmentsTracker"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataFolders.defaultFolder("Linux", "/home/lan", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/commitments-tracker"));
        assertThat(DataFolders.defaultFolder("Linux", "/home/lan", Map.of()))
                .isEqualTo(Path.of("/home/lan/.local/share/commitments-tracker"));
    }

    @Test
    void aFolderChosenInSettingsIsOpenedFromTheNextStartUntilTheDefaultIsChosenAgain(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path standard = dir.resolve("standard");
        Path usb = dir.resolve("usb").resolve("workspace");
        assertThat(DataFolders.currentFolder(standard)).isEqualTo(standard);

        DataFolders.useFromNextStart(standard, usb);
        assertThat(DataFolders.currentFolder(standard)).isEqualTo(usb.toAbsolutePath().normalize());

        DataFolders.useFromNextStart(standard, standard);
        assertThat(DataFolders.currentFolder(standard)).isEqualTo(standard);
    }

    @Test
    void anOfflineCopyIsOfferedAFreshFolderBesideTheWorkspace(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("commitments-tracker"));
        assertThat(DataFolders.offlineCopyBeside(workspace)).isEqualTo(dir.resolve("commitments-tracker-offline"));
        // A copy already there is never offered again; an empty folder is.
        Files.createDirectories(dir.resolve("commitments-tracker-offline")).resolve("commitments.db").toFile().createNewFile();
        Files.createDirectories(dir.resolve("commitments-tracker-offline-2"));
        assertThat(DataFolders.offlineCopyBeside(workspace)).isEqualTo(dir.resolve("commitments-tracker-offline-2"));
    }
}
