package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DatabaseTest {
    @Test
    void theSchemaVersionThatSkipsFlywayIsTheNewestMigration() throws Exception {
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newestMigration("sqlite"));
    }

    @Test
    void bothDatabasesReachTheSameSchemaVersion() throws Exception {
        assertThat(newestMigration("postgresql")).isEqualTo(Database.SCHEMA_VERSION);
    }

    private static int newestMigration(String database) throws Exception {
        Path migrations = Path.of(DatabaseTest.class.getResource("/db/migration/" + database).toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }
}
