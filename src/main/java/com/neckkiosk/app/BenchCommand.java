package com.neckkiosk.app;

import com.neckkiosk.bench.AlertBench;
import com.neckkiosk.bench.BenchSetup;
import com.neckkiosk.bench.DashboardBench;
import com.neckkiosk.bench.Figure;
import com.neckkiosk.bench.PrintBench;
import com.neckkiosk.bench.StartupBench;
import com.neckkiosk.bench.TapBench;
import com.neckkiosk.config.ConfigException;
import com.neckkiosk.config.ConfigLoader;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code bench NAME [--jvm=OPTION ...]}: measures the kiosk and prints one {@code name = value unit}
 * line per figure. Runs on a throw-away copy of the settings with its own data folder.
 * {@code --jvm=} options go to the JVMs the start-up benchmark spawns (e.g. an AppCDS archive).
 */
final class BenchCommand {

    static final List<String> NAMES = List.of("startup", "taps", "print", "alerts", "dashboard", "all");
    private static final String JVM_OPTION = "--jvm=";

    /** What a benchmark does with a settings folder and the spawned JVMs' options; replaceable in tests. */
    interface Benchmarks {
        List<Figure> startup(Path configDir, List<String> jvmOptions) throws Exception;

        List<Figure> taps(Path configDir) throws Exception;

        /** Answers to a job accepted by the configured printer. */
        default List<Figure> print(Path configDir) throws Exception {
            return PrintBench.run(ConfigLoader.load(configDir));
        }

        /** Its own H2 server, console and kiosk processes on loopback. */
        default List<Figure> alerts(Path configDir) throws Exception {
            return AlertBench.run(ConfigLoader.load(configDir), configDir.resolve("alert-bench"));
        }

        /** A million synthetic visits in the throw-away folder, then fresh JVMs open the dashboard. */
        default List<Figure> dashboard(Path configDir) throws Exception {
            return DashboardBench.run(ConfigLoader.load(configDir));
        }
    }

    static final Benchmarks REAL = new Benchmarks() {
        @Override
        public List<Figure> startup(Path configDir, List<String> jvmOptions) throws Exception {
            return StartupBench.run(configDir, jvmOptions);
        }

        @Override
        public List<Figure> taps(Path configDir) throws Exception {
            return TapBench.run(ConfigLoader.load(configDir));
        }
    };

    private BenchCommand() {
    }

    static int run(CommandLine line, PrintStream out, PrintStream err) {
        return run(line, out, err, REAL);
    }

    static int run(CommandLine line, PrintStream out, PrintStream err, Benchmarks benchmarks) {
        List<String> names = line.positional();
        List<String> jvmOptions = new ArrayList<>();
        for (String arg : line.args()) {
            if (arg.startsWith(JVM_OPTION)) {
                jvmOptions.add(arg.substring(JVM_OPTION.length()));
            } else if (arg.startsWith("-")) {
                err.println("bench: unknown option '" + arg + "'; allowed: --jvm=OPTION, --config DIR");
                return ExitCode.BAD_INPUT;
            }
        }
        if (names.size() != 1 || !NAMES.contains(names.get(0))) {
            err.println("bench: give one benchmark name: " + String.join(", ", NAMES));
            return ExitCode.BAD_INPUT;
        }
        String name = names.get(0);
        try {
            ConfigLoader.load(line.configDir()); // bad settings stop here, with the file and line
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (GraphicsEnvironment.isHeadless()) {
            err.println("bench: no display to measure on (DISPLAY is not set); run it under Xvfb");
            return ExitCode.FAILED;
        }
        Consumer<List<Figure>> print = figures -> figures.forEach(f -> out.println(f.line()));
        try (BenchSetup setup = BenchSetup.copyOf(line.configDir())) {
            if (name.equals("startup") || name.equals("all")) {
                print.accept(benchmarks.startup(setup.configDir(), jvmOptions));
            }
            if (name.equals("taps") || name.equals("all")) {
                print.accept(benchmarks.taps(setup.configDir()));
            }
            if (name.equals("print") || name.equals("all")) {
                print.accept(benchmarks.print(setup.configDir()));
            }
            if (name.equals("alerts") || name.equals("all")) {
                print.accept(benchmarks.alerts(setup.configDir()));
            }
            if (name.equals("dashboard") || name.equals("all")) {
                print.accept(benchmarks.dashboard(setup.configDir()));
            }
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("bench: " + e.getMessage());
            return ExitCode.FAILED;
        } catch (Exception e) {
            err.println("bench: " + e);
            return ExitCode.FAILED;
        }
    }
}
