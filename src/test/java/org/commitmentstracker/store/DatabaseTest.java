package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DatabaseTest {
    @Test
    void theSchemaVersionThatSkipsFlywayIsTheNewestMigration() throws Exception {
        Path migrations = Path.of(DatabaseTest.class.getResource("/db/migration").toURI());
        int newest;
        try (Stream<Path> files = Files.list(migrations)) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
    }
}
