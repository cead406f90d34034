package com.neckkiosk.config;

import static com.neckkiosk.config.ConfigKey.ALERT_REPEAT_SECONDS;
import static com.neckkiosk.config.ConfigKey.CLINIC_NAME;
import static com.neckkiosk.config.ConfigKey.DASHBOARD_REFRESH_SECONDS;
import static com.neckkiosk.config.ConfigKey.DATA_DIR;
import static com.neckkiosk.config.ConfigKey.DB_MODE;
import static com.neckkiosk.config.ConfigKey.DB_PASSWORD;
import static com.neckkiosk.config.ConfigKey.DB_SERVER_BIND;
import static com.neckkiosk.config.ConfigKey.DB_SERVER_HOST;
import static com.neckkiosk.config.ConfigKey.DB_SERVER_PORT;
import static com.neckkiosk.config.ConfigKey.DISPLAY_MONITOR;
import static com.neckkiosk.config.ConfigKey.IDLE_TIMEOUT_SECONDS;
import static com.neckkiosk.config.ConfigKey.IDLE_WARNING_SECONDS;
import static com.neckkiosk.config.ConfigKey.KIOSK_ID;
import static com.neckkiosk.config.ConfigKey.KIOSK_NAME;
import static com.neckkiosk.config.ConfigKey.LANGUAGES;
import static com.neckkiosk.config.ConfigKey.MANAGER_PIN_HASH;
import static com.neckkiosk.config.ConfigKey.PAPER_SIZE;
import static com.neckkiosk.config.ConfigKey.PRINTER_QUEUE;
import static com.neckkiosk.config.ConfigKey.PRINT_TIMEOUT_SECONDS;
import static com.neckkiosk.config.ConfigKey.SPEECH_ENABLED;
import static com.neckkiosk.config.ConfigKey.STAFF_PIN_HASH;
import static com.neckkiosk.config.ConfigKey.TEXT_SCALE;

import com.neckkiosk.config.DatabaseSettings.Mode;
import com.neckkiosk.content.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads a clinic's {@code kiosk.properties} into a {@link ClinicConfig}. Every key is
 * checked; a missing key takes its documented default; the first problem in the file
 * stops start-up with one line that names the file, line, key, value and what is
 * allowed (see {@link ConfigException}).
 */
public final class ConfigLoader {

    /** The settings file's name inside the config folder. */
    public static final String FILE_NAME = "kiosk.properties";

    private static final String HASH_PIN_ADVICE = "run the hash-pin command with the %s PIN and add the line"
            + " %s = <the hash it prints>";

    private ConfigLoader() {
    }

    /**
     * Loads {@code configDir/kiosk.properties}.
     *
     * @param configDir the clinic's config folder; messages name the file through it as given
     * @throws ConfigException for a missing or unreadable file or the first problem in it
     */
    public static ClinicConfig load(Path configDir) throws ConfigException {
        Objects.requireNonNull(configDir, "configDir");
        Path file = configDir.resolve(FILE_NAME);
        Problems problems = new Problems(file.toString());
        SettingReader settings = new SettingReader(SettingsFile.read(configDir, file, problems), problems);

        String clinicName = settings.read(CLINIC_NAME, ValueRules.name(60));
        String kioskId = settings.read(KIOSK_ID, ValueRules.kioskId());
        String kioskName = settings.read(KIOSK_NAME, ValueRules.name(40));
        List<Language> languages = settings.read(LANGUAGES, ValueRules.languages());
        Integer idleTimeout = settings.read(IDLE_TIMEOUT_SECONDS, ValueRules.wholeNumber(15, 600));
        Integer idleWarning = settings.read(IDLE_WARNING_SECONDS, ValueRules.wholeNumber(30, 120));
        DatabaseSettings database = readDatabase(settings, configDir);
        String printerQueue = settings.read(PRINTER_QUEUE, ValueRules.printerQueue());
        PaperSize paperSize = settings.read(PAPER_SIZE, ValueRules.paperSize());
        Integer printTimeout = settings.read(PRINT_TIMEOUT_SECONDS, ValueRules.wholeNumber(5, 300));
        String staffPinHash = settings.readRequired(STAFF_PIN_HASH, ValueRules.pinHash(),
                HASH_PIN_ADVICE.formatted("front-desk", STAFF_PIN_HASH));
        String managerPinHash = settings.readRequired(MANAGER_PIN_HASH, ValueRules.pinHash(),
                HASH_PIN_ADVICE.formatted("manager", MANAGER_PIN_HASH));
        Integer monitor = settings.read(DISPLAY_MONITOR, ValueRules.wholeNumber(0, 9));
        Double textScale = settings.read(TEXT_SCALE, ValueRules.decimal("1.0", "2.0"));
        Boolean speech = settings.read(SPEECH_ENABLED, ValueRules.trueOrFalse());
        Integer alertRepeat = settings.read(ALERT_REPEAT_SECONDS, ValueRules.wholeNumber(10, 300));
        Integer dashboardRefresh = settings.read(DASHBOARD_REFRESH_SECONDS, ValueRules.wholeNumber(10, 3600));

        problems.throwFirst();
        return new ClinicConfig(configDir, clinicName, kioskId, kioskName, languages, idleTimeout, idleWarning,
                database, printerQueue, paperSize, printTimeout, staffPinHash, managerPinHash, monitor, textScale,
                speech, alertRepeat, dashboardRefresh);
    }

    private static DatabaseSettings readDatabase(SettingReader settings, Path configDir) {
        Path dataDir = settings.read(DATA_DIR, ValueRules.folder(configDir));
        Mode mode = settings.read(DB_MODE, ValueRules.databaseMode());
        String bind = settings.read(DB_SERVER_BIND, ValueRules.listenAddress());
        String host = settings.read(DB_SERVER_HOST, ValueRules.serverAddress());
        Integer port = settings.read(DB_SERVER_PORT, ValueRules.wholeNumber(1024, 65535));
        String password = "";  // an embedded database is private to this process: the password is ignored
        if (mode == Mode.SERVER || mode == Mode.CLIENT) {
            if (settings.isGiven(DB_PASSWORD)) {
                password = settings.read(DB_PASSWORD, ValueRules.password());
            } else {
                settings.problemWith(DB_MODE, "needs db.password (at least " + ValueRules.MIN_PASSWORD_LENGTH
                        + " characters, the same on every kiosk), which is missing");
            }
        }
        if (dataDir == null || mode == null || bind == null || host == null || port == null || password == null) {
            return null;  // the problem is noted; load() stops before using this
        }
        return new DatabaseSettings(mode, dataDir, host, bind, port, password);
    }
}
