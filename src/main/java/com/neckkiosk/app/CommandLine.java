package com.neckkiosk.app;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.ConfigException;
import com.neckkiosk.config.ConfigLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed command line: the verb, the options every verb shares ({@code --config DIR},
 * {@code --help}), and the verb's own arguments in order.
 */
record CommandLine(String verb, Path configDir, boolean help, List<String> args) {

    static final Path DEFAULT_CONFIG = Path.of("kiosk-config");

    static CommandLine parse(String[] argv) throws UsageException {
        String verb = null;
        Path config = DEFAULT_CONFIG;
        boolean help = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < argv.length; i++) {
            String arg = argv[i];
            if (arg.equals("--config")) {
                if (i + 1 >= argv.length) {
                    throw new UsageException("--config needs a folder, e.g. --config kiosk-config");
                }
                config = Path.of(argv[++i]);
            } else if (arg.startsWith("--config=")) {
                config = Path.of(arg.substring("--config=".length()));
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (verb == null && !arg.startsWith("-")) {
                verb = arg;
            } else {
                rest.add(arg);
            }
        }
        return new CommandLine(verb == null ? "" : verb, config, help, List.copyOf(rest));
    }

    /** Whether a flag such as {@code --windowed} is among the verb's arguments. */
    boolean has(String flag) {
        return args.contains(flag);
    }

    /** The arguments that are not flags. */
    List<String> positional() {
        List<String> positional = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                positional.add(arg);
            }
        }
        return positional;
    }

    Optional<String> firstPositional() {
        List<String> positional = positional();
        return positional.isEmpty() ? Optional.empty() : Optional.of(positional.get(0));
    }

    /** A command line that cannot be run, with a one-line reason. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The clinic's settings from {@code --config DIR}; empty once what is wrong with them is printed to {@code err}. */
    Optional<ClinicConfig> clinicConfig(PrintStream err) {
        try {
            return Optional.of(ConfigLoader.load(configDir()));
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }
}
