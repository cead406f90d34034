package com.neckkiosk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The kiosk's AppCDS archive (Java 17: {@code -XX:ArchiveClassesAtExit} at a training run,
 * {@code -XX:SharedArchiveFile} after it): one training run of the real start-up path, the
 * kiosk started windowed on a throw-away copy of the settings, exiting at its first paint. The
 * archive then holds every class the start-up loads, already parsed and verified.
 *
 * <p>It must be made by the same {@code java} and with the same class path the kiosk later runs
 * with (the JVM checks both and quietly ignores an archive that does not match): the spawned
 * JVM uses this JVM's {@code java.home} and {@code java.class.path}. So {@code java -jar
 * /opt/neck-kiosk/neck-kiosk.jar cds-archive FILE} makes an archive for {@code java -jar
 * /opt/neck-kiosk/neck-kiosk.jar kiosk}, and an app image's own launcher running the
 * {@code cds-archive} verb makes one for that image. Needs a display (Xvfb is fine).
 */
public final class ClassArchive {

    private static final long GIVE_UP_SECONDS = 120;

    private ClassArchive() {
    }

    /** The training run's command: the kiosk's start-up, dumping its classes at exit. */
    static List<String> trainingCommand(Path archive, Path configDir, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(List.of("com.neckkiosk.app.Main", "kiosk", "--windowed", "--exit-after-first-paint",
                "--config", configDir.toString()));
        return command;
    }

    /**
     * Makes {@code archive} (replacing one there) with a training run on {@code configDir}, a
     * throw-away settings folder; the JVM options must be those the kiosk runs with.
     */
    public static void create(Path archive, Path configDir, List<String> jvmOptions)
            throws IOException, InterruptedException {
        Files.deleteIfExists(archive);
        Path log = configDir.resolve("class-archive.log");
        List<String> command = trainingCommand(archive, configDir, jvmOptions);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("the training run did not paint within " + GIVE_UP_SECONDS + " s: "
                    + String.join(" ", command));
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(archive)) {
            List<String> lines = Files.readAllLines(log);
            throw new IOException("the training run made no archive (exit " + process.exitValue() + ")"
                    + (lines.isEmpty() ? "" : "; last line: " + lines.get(lines.size() - 1)));
        }
    }
}
