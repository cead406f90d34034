package com.neckkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The packaged jar, run as a separate process exactly as the spec shows, on every vignette. */
class TriageJarIT {

    static List<Vignettes> vignettes() {
        return Vignettes.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void theJarPrintsTheExpectedOutput(Vignettes vignette) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("kiosk.jar", "target/neck-kiosk.jar"),
                "triage", vignette.answers().toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (vignette.expectsBadInput()) {
            assertThat(process.exitValue()).isEqualTo(2);
            assertThat(stdout).isEmpty();
            assertThat(stderr.strip()).isNotEmpty().doesNotContain("\n");
        } else {
            assertThat(process.exitValue()).as(stderr).isZero();
            assertThat(stdout).isEqualTo(vignette.expectedText() + "\n");
        }
    }
}
