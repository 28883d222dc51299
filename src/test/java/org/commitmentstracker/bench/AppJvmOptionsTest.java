package org.commitmentstracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppJvmOptionsTest {
    @Test
    void theColdStartRunsWithTheOptionsThePackagedAppHas() throws Exception {
        List<String> packaged = Files.readAllLines(Path.of("installer/jpackage/app.txt")).stream()
                .filter(line -> line.startsWith("--java-options "))
                .map(line -> line.substring("--java-options ".length()).replace("\"", "").trim())
                .toList();
        assertThat(ScaleBenchmark.APP_JVM_OPTIONS).isEqualTo(packaged);
    }
}
