package com.neckkiosk.selftest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The read-aloud engine, found on the PATH as the wizard finds it, and run once to see it works. */
final class SpeechCheck {

    static final String ENGINE = "espeak-ng";

    private SpeechCheck() {
    }

    static CheckResult check(boolean enabled, String path) {
        if (!enabled) {
            return CheckResult.passed(SelfTest.SPEECH, "read aloud is off in the settings (speech.enabled = false)");
        }
        Optional<Path> engine = Commands.onPath(ENGINE, path);
        if (engine.isEmpty()) {
            return CheckResult.failed(SelfTest.SPEECH, "the speech engine " + ENGINE + " is not installed (not on the"
                    + " PATH), so the read-aloud button is hidden; install the espeak-ng package");
        }
        try {
            Commands.Output version = Commands.run(List.of(engine.get().toString(), "--version"));
            if (version.exitCode() != 0) {
                return CheckResult.failed(SelfTest.SPEECH, "the speech engine " + engine.get() + " does not run (exit "
                        + version.exitCode() + ": " + firstLine(version.text()) + ")");
            }
            return CheckResult.passed(SelfTest.SPEECH, "the speech engine " + engine.get() + " runs");
        } catch (IOException e) {
            return CheckResult.failed(SelfTest.SPEECH, "the speech engine " + engine.get() + " does not run ("
                    + e.getMessage() + ")");
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
