package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.store.TestPostgres;
import org.commitmentstracker.store.WorkspaceException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files attached to progress entries on a team workspace are kept in the server's database: every officer
 * opens the same bytes, a reporter adds none, and offline copies bring them down and send theirs up.
 */
class ServerAttachmentsTest {
    private static final String SEED = "/work/shared/seeds/000_0201c7e0e5d491ab.txt";

    @TempDir
    Path dir;

    @BeforeAll
    static void logins() {
        server(); // the group roles
        TestPostgres.superuserSql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'att_lan') THEN "
                + "CREATE ROLE att_lan LOGIN PASSWORD 'lan-pw' IN ROLE tracker_officer; "
                + "CREATE ROLE att_tuan LOGIN PASSWORD 'tuan-pw' IN ROLE tracker_officer; "
                + "CREATE ROLE att_minh LOGIN PASSWORD 'minh-pw' IN ROLE tracker_reporter; END IF; END $$");
    }

    private static String server() {
        String url = TestPostgres.newDatabase("attach");
        WorkspaceServices.initServer(url, "postgres", null);
        return url;
    }

    private WorkspaceServices open(String url, String user, String password) {
        return WorkspaceServices.openServer(url, user, password, Clock.systemUTC(), Locale.ENGLISH, user);
    }

    private static long firstCommitment(WorkspaceServices workspace) {
        return workspace.commitments().overview().get(0).commitmentId();
    }

    private static HistoryEntry lastEntry(WorkspaceServices workspace, long id) {
        List<HistoryEntry> history = workspace.commitments().load(id).history();
        return history.get(history.size() - 1);
    }

    private Path scan(String name, int size) throws Exception {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Test
    void aFileAttachedOnTheServerOpensWithTheSameBytesOnAnotherLaptop() throws Exception {
        String url = server();
        Path scan = scan("cong-van-123.pdf", 200_000);
        long id;
        String path;
        try (WorkspaceServices lan = open(url, "att_lan", "lan-pw")) {
            lan.imports().importAll(List.of(Path.of(SEED)));
            id = firstCommitment(lan);
            lan.commitments().addProgress(id, "Đã ký công văn", "att_lan", null, scan);
            path = lastEntry(lan, id).attachment();
            assertThat(path).isEqualTo("attachments/" + id + "/cong-van-123.pdf");
            assertThat(lan.folder().resolve("attachments")).as("nothing kept only on this laptop").doesNotExist();
            lan.commitments().addProgress(id, "Bản thứ hai", "att_lan", null, scan);
            assertThat(lastEntry(lan, id).attachment()).isEqualTo("attachments/" + id + "/cong-van-123 (2).pdf");
        }
        try (WorkspaceServices tuan = open(url, "att_tuan", "tuan-pw")) {
            Path opened = tuan.commitments().attachmentFile(path);

            assertThat(opened).hasBinaryContent(Files.readAllBytes(scan));
            assertThat(opened).startsWith(tuan.folder());
            assertThat(Files.getPosixFilePermissions(opened)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        try (WorkspaceServices minh = open(url, "att_minh", "minh-pw")) {
            assertThat(minh.commitments().attachmentFile(path)).as("a reporter reads the evidence")
                    .hasBinaryContent(Files.readAllBytes(scan));
        }
    }

    @Test
    void aReporterCannotAddAFileNeitherThroughTheAppNorThroughPlainSql() throws Exception {
        String url = server();
        long id;
        try (WorkspaceServices lan = open(url, "att_lan", "lan-pw")) {
            lan.imports().importAll(List.of(Path.of(SEED)));
            id = firstCommitment(lan);
        }
        Path scan = scan("bao-cao.pdf", 1000);
        try (WorkspaceServices minh = open(url, "att_minh", "minh-pw")) {
            int entries = minh.commitments().load(id).history().size();
            assertThatThrownBy(() -> minh.commitments().addProgress(id, "Đã xong", "att_minh", null, scan))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessage("Your login att_minh on " + url + " may not change commitments: ask the administrator "
                            + "for the tracker_officer role.");
            assertThat(minh.commitments().load(id).history()).hasSize(entries);
        }
        try (var sql = DriverManager.getConnection(url, "att_minh", "minh-pw");
             var insert = sql.prepareStatement("INSERT INTO attachment_file (path, content, size, added_at) "
                     + "VALUES ('attachments/1/x.pdf', '\\x00'::bytea, 1, '2026-12-06T00:00:00.000Z')")) {
            assertThatThrownBy(insert::executeUpdate).hasMessageContaining("permission denied for table attachment_file");
        }
    }

    @Test
    void checkoutBringsTheFilesAndSyncSendsTheOnesAttachedOffline() throws Exception {
        String url = server();
        Path onServer = scan("bien-ban.pdf", 5000);
        long id;
        try (WorkspaceServices lan = open(url, "att_lan", "lan-pw")) {
            lan.imports().importAll(List.of(Path.of(SEED)));
            id = firstCommitment(lan);
            lan.commitments().addProgress(id, "Biên bản họp", "att_lan", null, onServer);
        }
        Path copyFolder = dir.resolve("laptop-b");
        Path offline = scan("tuan/cong-van.pdf", 7000);
        String offlinePath;
        try (WorkspaceServices copy = WorkspaceServices.checkout(url, "att_tuan", "tuan-pw", copyFolder, List.of(),
                Clock.systemUTC())) {
            String serverPath = lastEntry(copy, id).attachment();
            assertThat(copyFolder.resolve(serverPath)).as("the checkout brought the file")
                    .hasBinaryContent(Files.readAllBytes(onServer));
            assertThat(copy.commitments().attachmentFile(serverPath)).hasBinaryContent(Files.readAllBytes(onServer));

            // A file attached offline while the server takes others, one of them with the same name.
            copy.commitments().addProgress(id, "Công văn gửi đi", "att_tuan", null, offline);
            offlinePath = lastEntry(copy, id).attachment();
            try (WorkspaceServices lan = open(url, "att_lan", "lan-pw")) {
                lan.commitments().addProgress(id, "Cũng một tên tệp", "att_lan", null, dir.resolve("bien-ban.pdf"));
                Path other = scan("lan/cong-van.pdf", 3000);
                lan.commitments().addProgress(id, "Công văn của Lan", "att_lan", null, other);
            }

            SyncReport report = copy.offlineCopy().sync("tuan-pw", OfflineCopy.SyncProgress.NONE);
            assertThat(report.conflicts()).isEmpty();
            // What the server's officers attached meanwhile came down too.
            for (HistoryEntry entry : copy.commitments().load(id).history()) {
                if (entry.attachment() != null) {
                    assertThat(copyFolder.resolve(entry.attachment())).as(entry.attachment()).isRegularFile();
                }
            }
        }
        try (WorkspaceServices lan = open(url, "att_lan", "lan-pw")) {
            HistoryEntry sent = lan.commitments().load(id).history().stream()
                    .filter(e -> "Công văn gửi đi".equals(e.comment())).findFirst().orElseThrow();
            assertThat(sent.attachment()).isEqualTo(offlinePath);
            assertThat(lan.commitments().attachmentFile(sent.attachment())).as("the file attached offline")
                    .hasBinaryContent(Files.readAllBytes(offline));
            HistoryEntry lans = lan.commitments().load(id).history().stream()
                    .filter(e -> "Công văn của Lan".equals(e.comment())).findFirst().orElseThrow();
            assertThat(lan.commitments().attachmentFile(lans.attachment())).as("not overwritten by the laptop's")
                    .hasBinaryContent(Files.readAllBytes(dir.resolve("lan/cong-van.pdf")));
        }
    }

    @Test
    void publishCarriesTheAttachedFiles() throws Exception {
        Path laptop = dir.resolve("laptop");
        Path scan = scan("quyet-dinh.pdf", 9000);
        long id;
        String path;
        try (WorkspaceServices local = WorkspaceServices.open(laptop, Clock.systemUTC())) {
            local.imports().importAll(List.of(Path.of(SEED)));
            id = firstCommitment(local);
            local.commitments().addProgress(id, "Quyết định", "lan", null, scan);
            path = lastEntry(local, id).attachment();
        }
        String url = server();
        WorkspaceServices.publish(laptop, url, "postgres", null, Clock.systemUTC());
        try (WorkspaceServices tuan = open(url, "att_tuan", "tuan-pw")) {
            assertThat(tuan.commitments().attachmentFile(path)).hasBinaryContent(Files.readAllBytes(scan));
        }
    }
}
