package com.neckkiosk.app;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.selftest.CheckResult;
import com.neckkiosk.selftest.SelfTest;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code self-test}: checks what the kiosk needs (database, printer, shared database,
 * speech) without a screen, one line each; exit 1 when something fails, so the installer,
 * a monitoring script or IT on the phone can tell at once.
 */
final class SelfTestCommand {

    private SelfTestCommand() {
    }

    static int run(CommandLine line, PrintStream out, PrintStream err) {
        if (!line.args().isEmpty()) {
            err.println("self-test: unexpected '" + String.join(" ", line.args()) + "'; usage: self-test [--config DIR]");
            return ExitCode.BAD_INPUT;
        }
        Optional<ClinicConfig> config = ClinicSettings.load(line.configDir(), err);
        if (config.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        List<CheckResult> results = SelfTest.run(config.get());
        results.forEach(result -> out.println(result.line()));
        return SelfTest.allPassed(results) ? ExitCode.OK : ExitCode.FAILED;
    }
}
