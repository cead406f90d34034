package com.neckkiosk.selftest;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.store.StoreHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the kiosk needs to work, checked without a screen: the database can be written,
 * the print queue exists and takes jobs, the shared database answers (server and client
 * modes), and the speech engine runs. Every check does the real thing once; none leaves
 * anything behind.
 */
public final class SelfTest {

    public static final String DATABASE = "database";
    public static final String PRINTER = "printer";
    public static final String SHARED = "shared";
    public static final String SPEECH = "speech";

    private SelfTest() {
    }

    public static List<CheckResult> run(ClinicConfig config) {
        return run(config, finding -> { });
    }

    /** As {@link #run(ClinicConfig)}, also handing over the printer's finding (the kiosk tells the desk). */
    public static List<CheckResult> run(ClinicConfig config, Consumer<PrinterFinding> printer) {
        List<CheckResult> results = new ArrayList<>();
        results.add(database(config.database()));
        PrinterFinding finding = PrinterCheck.examine(config.printerQueue());
        printer.accept(finding);
        results.add(finding.result());
        if (StoreHealth.isShared(config.database())) {
            results.add(shared(config.database()));
        }
        results.add(SpeechCheck.check(config.speech(), System.getenv("PATH")));
        return results;
    }

    /** Whether this kiosk's database takes writes: what decides if the kiosk can serve patients. */
    public static CheckResult database(DatabaseSettings database) {
        return StoreHealth.cannotWrite(database)
                .map(problem -> CheckResult.failed(DATABASE, problem))
                .orElseGet(() -> CheckResult.passed(DATABASE, StoreHealth.describeWritable(database)));
    }

    static CheckResult shared(DatabaseSettings database) {
        return StoreHealth.cannotReach(database)
                .map(problem -> CheckResult.failed(SHARED, problem))
                .orElseGet(() -> CheckResult.passed(SHARED, "the shared database at "
                        + StoreHealth.address(database) + " answers"));
    }

    public static boolean allPassed(List<CheckResult> results) {
        return results.stream().allMatch(CheckResult::ok);
    }
}
