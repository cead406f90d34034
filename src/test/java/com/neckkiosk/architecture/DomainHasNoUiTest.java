package com.neckkiosk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The arrow points one way: screens and printing use the domain, the domain never uses
 * AWT or Swing, so every rule can be tested and run without a display.
 */
class DomainHasNoUiTest {

    private static final Path SOURCES = Path.of("src/main/java/com/neckkiosk");
    private static final Pattern UI_USE = Pattern.compile("\\b(java\\.awt|javax\\.swing)\\b[.\\w]*");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"triage", "content", "store", "config", "alerts", "stats", "selftest"})
    void domainPackageUsesNoAwtOrSwing(String pkg) throws IOException {
        Path folder = SOURCES.resolve(pkg);
        List<String> offences = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher use = UI_USE.matcher(Files.readString(file));
                    while (use.find()) {
                        offences.add(SOURCES.relativize(file) + " uses " + use.group());
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theCheckFindsAnOffence() {
        assertThat(UI_USE.matcher("import javax.swing.JButton;").find()).isTrue();
        assertThat(UI_USE.matcher("var c = java.awt.Color.RED;").find()).isTrue();
        assertThat(UI_USE.matcher("import java.util.List;").find()).isFalse();
    }

    @Test
    void theTriagePackageExists() {
        assertThat(SOURCES.resolve("triage/Triage.java")).exists();
    }
}
