package com.neckkiosk.ui.wizard;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.config.PaperSize;
import com.neckkiosk.content.Language;
import java.nio.file.Path;
import java.util.List;

/** Clinic settings for tests, built directly (the loader's safe ranges do not apply). */
final class TestConfigs {

    private TestConfigs() {
    }

    static ClinicConfig clinic() {
        return clinic(120, 30);
    }

    /** The clinic with its own kiosk id (so its sheets are told apart in the shared PDF folder) and queue. */
    static ClinicConfig printingTo(String kioskId, String queue, PaperSize paper) {
        Path dir = Path.of("target", "test-config");
        return new ClinicConfig(dir, "Riverside Clinic", kioskId, "Waiting room A", List.of(Language.EN, Language.ES),
                120, 30, DatabaseSettings.embedded(dir.resolve("data")), queue, paper, 30, "", "", 0, 1.0, false, 30, 60);
    }

    static ClinicConfig clinic(int idleSeconds, int warningSeconds) {
        return clinic(idleSeconds, warningSeconds, "", PaperSize.LETTER, "");
    }

    /** Kiosk K7 with its idle times, print queue and paper, and staff PIN hash ("": no PIN opens the menu). */
    static ClinicConfig clinic(int idleSeconds, int warningSeconds, String queue, PaperSize paper, String staffPinHash) {
        Path dir = Path.of("target", "test-config");
        return new ClinicConfig(dir, "Riverside Clinic", "K7", "Waiting room A", List.of(Language.EN, Language.ES),
                idleSeconds, warningSeconds, DatabaseSettings.embedded(dir.resolve("data")), queue, paper,
                30, staffPinHash, "", 0, 1.0, false, 30, 60);
    }
}
