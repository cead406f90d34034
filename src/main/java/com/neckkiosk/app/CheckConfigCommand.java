package com.neckkiosk.app;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.ConfigException;
import com.neckkiosk.config.ConfigLoader;
import com.neckkiosk.config.ConfigWarnings;
import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.config.PaperSize;
import com.neckkiosk.content.Language;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code check-config}: loads the clinic's settings the way start-up does and says
 * either what the kiosk will use or the one thing to fix. Lets IT check a change
 * without starting the kiosk in front of patients.
 */
public final class CheckConfigCommand {

    public static final int EXIT_OK = 0;
    public static final int EXIT_BAD_CONFIG = 2;

    private CheckConfigCommand() {
    }

    /**
     * Prints a summary to {@code out} and returns {@link #EXIT_OK}; or prints the one-line
     * problem to {@code err} and returns {@link #EXIT_BAD_CONFIG}. Never prints the
     * database password or the PIN hashes.
     */
    public static int run(Path configDir, PrintStream out, PrintStream err) {
        ClinicConfig config;
        try {
            config = ConfigLoader.load(configDir);
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return EXIT_BAD_CONFIG;
        }
        out.println(configDir.resolve(ConfigLoader.FILE_NAME) + ": OK");
        out.println("  clinic:    " + config.clinicName());
        out.println("  kiosk:     " + config.kioskId() + " (" + config.kioskName() + ")");
        out.println("  languages: " + languages(config.languages()));
        out.println("  database:  " + database(config.database()));
        out.println("  printer:   " + printer(config.printerQueue()));
        out.println("  paper:     " + paper(config.paperSize()));
        for (String warning : ConfigWarnings.of(config)) {
            out.println("warning: " + warning);
        }
        return EXIT_OK;
    }

    private static String languages(List<Language> languages) {
        return languages.get(0).code() + " (default)" + languages.stream().skip(1)
                .map(language -> ", " + language.code())
                .collect(Collectors.joining());
    }

    private static String database(DatabaseSettings database) {
        Path files = database.dataDir().toAbsolutePath().normalize();
        String port = ":" + database.port();
        return switch (database.mode()) {
            case EMBEDDED -> "embedded, files in " + files;
            case SERVER -> "server, files in " + files + ", listening on " + database.bindAddress() + port;
            case CLIENT -> "client of the server at " + database.host() + port;
        };
    }

    private static String printer(String queue) {
        return queue.isEmpty() ? "the system default printer" : "CUPS queue " + queue;
    }

    private static String paper(PaperSize size) {
        return size == PaperSize.A4 ? "A4" : "Letter";
    }
}
