package com.neckkiosk.config;

import com.neckkiosk.content.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One clinic's settings, as read from {@code kiosk.properties} in the config folder.
 * Tests may build one directly (for example with a two-second idle timeout); the loader
 * is what keeps a clinic's file within safe ranges.
 *
 * @param configDir        the folder the settings were read from
 * @param clinicName       shown on screens and printed on the sheet
 * @param kioskId          short code of this kiosk, starts each visit code ("K7" in K7-42)
 * @param kioskName        how staff see this kiosk ("Waiting room A")
 * @param languages        languages offered, the first is the default
 * @param idleTimeoutSeconds  no touch for this long shows "Are you still there?"
 * @param idleWarningSeconds  the countdown on that overlay before everything is wiped
 * @param database         where visits and alerts are stored
 * @param printerQueue     the CUPS queue for sheets; empty means the system default
 * @param paperSize        A4 or Letter
 * @param printTimeoutSeconds  a job not done by then counts as a printer fault
 * @param staffPinHash     PBKDF2 hash of the front-desk PIN (never the PIN itself)
 * @param managerPinHash   PBKDF2 hash of the manager PIN
 * @param monitor          which screen the kiosk fills (0 = the first)
 * @param textScale        1.0 normal; larger for big screens or far viewing
 * @param speech           whether the read-aloud button is offered when an engine exists
 * @param alertRepeatSeconds   the staff console repeats its sound this often until acknowledged
 * @param dashboardRefreshSeconds  how often an open dashboard picks up new visits
 */
public record ClinicConfig(
        Path configDir,
        String clinicName,
        String kioskId,
        String kioskName,
        List<Language> languages,
        int idleTimeoutSeconds,
        int idleWarningSeconds,
        DatabaseSettings database,
        String printerQueue,
        PaperSize paperSize,
        int printTimeoutSeconds,
        String staffPinHash,
        String managerPinHash,
        int monitor,
        double textScale,
        boolean speech,
        int alertRepeatSeconds,
        int dashboardRefreshSeconds) {

    public ClinicConfig {
        Objects.requireNonNull(configDir, "configDir");
        Objects.requireNonNull(database, "database");
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language");
        }
    }

    public Language defaultLanguage() {
        return languages.get(0);
    }
}
