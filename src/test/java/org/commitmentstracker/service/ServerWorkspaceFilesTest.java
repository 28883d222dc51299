package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.commitmentstracker.model.ExplainedIOException;
import org.commitmentstracker.store.TestPostgres;
import org.commitmentstracker.store.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What works on a store file but not on a team workspace's server says so, instead of failing oddly. */
class ServerWorkspaceFilesTest {
    @TempDir
    Path dir;

    @Test
    void backupsAndMovingAFolderAreRefusedInWordsOnAServer() throws Exception {
        String url = TestPostgres.newDatabase("files");
        WorkspaceServices.initServer(url, "postgres", null);
        try (WorkspaceServices workspace = WorkspaceServices.openServer(url, "postgres", null, Clock.systemUTC(),
                Locale.ENGLISH, "postgres")) {
            assertThat(workspace.backups().backsUpHere()).isFalse();
            assertThatThrownBy(() -> workspace.backups().backUpNow()).isInstanceOf(ExplainedIOException.class)
                    .hasMessage("Backups of the team workspace at " + url + " are made on the server by IT (with "
                            + "pg_dump); this app makes none of its own.");
            assertThatThrownBy(() -> workspace.backups().backups()).hasMessageContaining("pg_dump");
            assertThatThrownBy(() -> workspace.copyTo(dir.resolve("moved"))).isInstanceOf(WorkspaceException.class)
                    .hasMessageStartingWith("The team workspace at " + url + " lives on its server");
            assertThat(dir.resolve("moved")).doesNotExist();
        }
    }

    @Test
    void onATeamWorkspaceChangesAreSignedWithTheLoginWhateverNameWasGiven() {
        String url = TestPostgres.newDatabase("signs");
        WorkspaceServices.initServer(url, "postgres", null);
        TestPostgres.superuserSql("CREATE ROLE signs_lan LOGIN PASSWORD 'pw' IN ROLE tracker_officer");
        try (WorkspaceServices workspace = WorkspaceServices.openServer(url, "signs_lan", "pw", Clock.systemUTC(),
                Locale.ENGLISH, "laptop-user")) {
            workspace.settings().setAuthor("Nguyễn Thị Lan");

            assertThat(workspace.settings().author()).isEqualTo("signs_lan");
            assertThat(workspace.settings().hasAuthor()).isTrue();
        }
    }

    @Test
    void anOfflineCopySignsWithTheLoginItWasTakenWithAsTheServerWillOnceSynced() throws Exception {
        String url = TestPostgres.newDatabase("signscopy");
        WorkspaceServices.initServer(url, "postgres", null);
        TestPostgres.superuserSql("CREATE ROLE signs_tuan LOGIN PASSWORD 'pw' IN ROLE tracker_officer");
        try (WorkspaceServices server = WorkspaceServices.openServer(url, "signs_tuan", "pw", Clock.systemUTC(),
                Locale.ENGLISH, "laptop-user")) {
            server.imports().importAll(java.util.List.of(Path.of("/work/shared/seeds/000_0201c7e0e5d491ab.txt")));
        }
        Path folder = dir.resolve("copy");
        try (WorkspaceServices taken = WorkspaceServices.checkout(url, "signs_tuan", "pw", folder, java.util.List.of(),
                Clock.systemUTC())) {
            assertThat(taken.settings().author()).as("the copy as checkout returns it").isEqualTo("signs_tuan");
        }
        try (WorkspaceServices copy = WorkspaceServices.open(folder, Clock.systemUTC(), Locale.ENGLISH, "laptop-user")) {
            assertThat(copy.settings().author()).isEqualTo("signs_tuan");
            assertThat(copy.settings().hasAuthor()).isTrue();
        }
    }
}
