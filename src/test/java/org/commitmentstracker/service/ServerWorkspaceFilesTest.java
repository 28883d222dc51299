package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
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
    void backupsMovingAFolderAndAttachingAFileAreRefusedInWordsOnAServer() throws Exception {
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

            workspace.prepareFirstRun();
            assertThat(workspace.statements().all()).as("no sample on a team workspace").isEmpty();
            workspace.imports().importAll(java.util.List.of(Path.of("/work/shared/seeds/000_0201c7e0e5d491ab.txt")));
            long id = workspace.commitments().overview().get(0).commitmentId();
            int entries = workspace.commitments().load(id).history().size();
            Path scan = Files.writeString(dir.resolve("cong-van-123.pdf"), "scan");
            assertThatThrownBy(() -> workspace.commitments().addProgress(id, "Đã ký", "postgres", null, scan))
                    .isInstanceOf(ExplainedIOException.class)
                    .hasMessage("cong-van-123.pdf was not attached: the team workspace at " + url + " cannot keep "
                            + "files yet, and a copy on this laptop would be seen by no one else; give the document's "
                            + "number or a link to where it is kept as the evidence instead");
            assertThat(workspace.commitments().load(id).history()).hasSize(entries);
            assertThat(workspace.folder().resolve("attachments")).doesNotExist();
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
}
