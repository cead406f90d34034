package com.neckkiosk.app;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.ConfigException;
import com.neckkiosk.config.ConfigLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** The clinic's settings for a verb, or the one line that says what to fix. */
final class ClinicSettings {

    private ClinicSettings() {
    }

    static Optional<ClinicConfig> load(Path configDir, PrintStream err) {
        try {
            return Optional.of(ConfigLoader.load(configDir));
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }
}
