package com.neckkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The arrow points one way: the domain never imports AWT or Swing. */
class DomainIndependenceTest {

    @Test
    void domainPackagesImportNoAwtOrSwing() throws IOException {
        Path base = Path.of("src/main/java/com/neckkiosk");
        for (String domain : List.of("triage", "content", "store", "config", "alerts")) {
            Path dir = base.resolve(domain);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                List<Path> offenders = files.filter(f -> f.toString().endsWith(".java"))
                        .filter(DomainIndependenceTest::importsUi).collect(Collectors.toList());
                assertThat(offenders).as("%s must not import java.awt or javax.swing", domain).isEmpty();
            }
        }
    }

    private static boolean importsUi(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("import java.awt") || text.contains("import javax.swing");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
