package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

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
}
