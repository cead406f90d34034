package com.neckkiosk.app;

import com.neckkiosk.bench.BenchSetup;
import com.neckkiosk.bench.ClassArchive;
import com.neckkiosk.config.ConfigException;
import com.neckkiosk.config.ConfigLoader;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code cds-archive FILE}: makes the kiosk's class archive (AppCDS) for this {@code java} and
 * this jar, with one training start-up on a throw-away copy of the settings. The launcher
 * {@code bin/neck-kiosk} calls it on the first start; an install can call it once at install
 * time. The JVM options of this JVM (for example the launcher's memory flags) go to the
 * training run too, as the archive must be used with the same ones.
 */
final class ClassArchiveCommand {

    private ClassArchiveCommand() {
    }

    static int run(CommandLine line, PrintStream out, PrintStream err) {
        List<String> files = line.positional();
        if (files.size() != 1) {
            err.println("cds-archive: give the archive file to write, e.g. neck-kiosk.jsa");
            return ExitCode.BAD_INPUT;
        }
        try {
            ConfigLoader.load(line.configDir());
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (GraphicsEnvironment.isHeadless()) {
            err.println("cds-archive: the training run needs a display (DISPLAY is not set); run it under Xvfb");
            return ExitCode.FAILED;
        }
        Path archive = Path.of(files.get(0)).toAbsolutePath();
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !option.startsWith("-XX:SharedArchiveFile") && !option.startsWith("-Xshare")
                        && !option.startsWith("-XX:ArchiveClassesAtExit"))
                .toList();
        try (BenchSetup setup = BenchSetup.copyOf(line.configDir())) {
            ClassArchive.create(archive, setup.configDir(), options);
        } catch (IOException e) {
            err.println("cds-archive: " + e.getMessage());
            return ExitCode.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.FAILED;
        }
        out.println("class archive: " + archive);
        out.println("use it with: java -XX:SharedArchiveFile=" + archive + " " + String.join(" ", options)
                + " -jar " + System.getProperty("java.class.path") + " kiosk");
        return ExitCode.OK;
    }
}
