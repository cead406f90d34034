package com.neckkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code triage} verb, in process: every vignette, every argument fault. */
class TriageCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    static List<Vignettes> vignettes() {
        return Vignettes.all();
    }

    @Test
    void theProjectHasItsOwnCases() {
        assertThat(Vignettes.in(Vignettes.OWN)).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void printsExactlyTheExpectedOutput(Vignettes vignette) {
        int code = run("triage", vignette.answers().toString());
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        if (vignette.expectsBadInput()) {
            assertThat(code).isEqualTo(2);
            assertThat(stdout).isEmpty();
            assertThat(stderr).startsWith(vignette.answers().toString() + ": ").endsWith("\n");
            assertThat(stderr.strip()).doesNotContain("\n");
        } else {
            assertThat(code).isZero();
            assertThat(stdout).isEqualTo(vignette.expectedText() + "\n");
            assertThat(stderr).isEmpty();
        }
    }

    @Test
    void noFileArgument() {
        assertThat(run("triage")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("triage: no answers file given; usage: neck-kiosk triage ANSWERS_FILE\n");
    }

    @Test
    void extraArguments() {
        assertThat(run("triage", "a.properties", "b.properties")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("triage: expected one answers file, got 2 arguments").hasLineCount(1);
    }

    @Test
    void missingFile() {
        assertThat(run("triage", "no/such/file.properties")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo(Path.of("no/such/file.properties")
                + ": cannot read the answers file: it does not exist\n");
    }

    @Test
    void theConfigOptionIsAcceptedByEveryVerb() {
        Vignettes any = Vignettes.in(Vignettes.OWN).get(0);
        assertThat(run("triage", any.answers().toString(), "--config", "elsewhere")).isIn(0, 2);
        assertThat(err.toString()).doesNotContain("expected one answers file");
    }

    @Test
    void usage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("triage ANSWERS_FILE").contains("--config DIR");
        assertThat(run("launch-rockets")).isEqualTo(2);
        assertThat(err.toString()).startsWith("unknown verb 'launch-rockets'");
        assertThat(run()).isEqualTo(2);
        assertThat(run("triage", "--config")).isEqualTo(2);
    }
}
