package com.neckkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The config package stays free of the desktop toolkit, so tools and servers can load settings. */
class ConfigPackageTest {

    @Test
    void noAwtOrSwingImports() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/com/neckkiosk/config"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            assertThat(Files.readString(source, StandardCharsets.UTF_8)).as(source.toString())
                    .doesNotContain("import java.awt").doesNotContain("import javax.swing");
        }
    }
}
