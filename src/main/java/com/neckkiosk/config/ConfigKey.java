package com.neckkiosk.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every key {@code kiosk.properties} may hold, with the default a missing key takes.
 * The shipped file and {@code kiosk-config/README.md} document the same list (a test
 * keeps them in step).
 */
enum ConfigKey {
    CLINIC_NAME("clinic.name", "Clinic"),
    KIOSK_ID("kiosk.id", "K1"),
    KIOSK_NAME("kiosk.name", "Waiting room"),
    LANGUAGES("languages", "en, es"),
    IDLE_TIMEOUT_SECONDS("idle.timeout.seconds", "60"),
    IDLE_WARNING_SECONDS("idle.warning.seconds", "30"),
    DATA_DIR("data.dir", "data"),
    DB_MODE("db.mode", "embedded"),
    DB_SERVER_BIND("db.server.bind", "127.0.0.1"),
    DB_SERVER_HOST("db.server.host", "127.0.0.1"),
    DB_SERVER_PORT("db.server.port", "9092"),
    DB_PASSWORD("db.password", "", Secrecy.SECRET),
    PRINTER_QUEUE("printer.queue", ""),
    PAPER_SIZE("paper.size", "A4"),
    PRINT_TIMEOUT_SECONDS("print.timeout.seconds", "30"),
    STAFF_PIN_HASH("staff.pin.hash", null, Secrecy.SECRET),
    MANAGER_PIN_HASH("manager.pin.hash", null, Secrecy.SECRET),
    DISPLAY_MONITOR("display.monitor", "0"),
    TEXT_SCALE("text.scale", "1.0"),
    SPEECH_ENABLED("speech.enabled", "true"),
    ALERT_REPEAT_SECONDS("alert.repeat.seconds", "30"),
    DASHBOARD_REFRESH_SECONDS("dashboard.refresh.seconds", "60");

    /** Secret values are shown as {@code "***"} in every message. */
    enum Secrecy { PLAIN, SECRET }

    private final String key;
    private final String defaultValue;
    private final Secrecy secrecy;

    ConfigKey(String key, String defaultValue) {
        this(key, defaultValue, Secrecy.PLAIN);
    }

    ConfigKey(String key, String defaultValue, Secrecy secrecy) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.secrecy = secrecy;
    }

    /** The key as written in the file, e.g. {@code idle.timeout.seconds}. */
    String key() {
        return key;
    }

    /** The value a missing key takes; empty for a key that has no default (it is required). */
    Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    boolean isSecret() {
        return secrecy == Secrecy.SECRET;
    }

    static Optional<ConfigKey> named(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    static List<String> allKeys() {
        return Arrays.stream(values()).map(ConfigKey::key).toList();
    }

    @Override
    public String toString() {
        return key;
    }
}
