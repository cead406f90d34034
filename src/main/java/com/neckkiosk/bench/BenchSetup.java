package com.neckkiosk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away copy of the clinic's settings whose data folder lives inside it, so a benchmark
 * never opens, creates or locks the clinic's database. The database is always embedded: a
 * client kiosk's settings would otherwise connect the benchmark to the clinic's server.
 */
public final class BenchSetup implements AutoCloseable {

    private static final String SETTINGS = "kiosk.properties";

    private final Path dir;

    private BenchSetup(Path dir) {
        this.dir = dir;
    }

    /** Copies {@code configDir/kiosk.properties} into a new temporary folder with its own data folder. */
    public static BenchSetup copyOf(Path configDir) throws IOException {
        Path settings = configDir.resolve(SETTINGS);
        if (!Files.isRegularFile(settings)) {
            throw new IOException(settings + ": file not found");
        }
        Path dir = Files.createTempDirectory("neck-kiosk-bench-");
        Files.write(dir.resolve(SETTINGS), rewrite(Files.readAllLines(settings), dir.resolve("data")));
        return new BenchSetup(dir);
    }

    /** The settings' lines with {@code data.dir} and {@code db.mode} replaced (or added). */
    static List<String> rewrite(List<String> lines, Path dataDir) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String key = line.strip().split("[\\s=:]", 2)[0];
            if (!key.equals("data.dir") && !key.equals("db.mode")) {
                out.add(line);
            }
        }
        out.add("# set by the bench verb: a throw-away data folder, never the clinic's");
        // Properties syntax treats backslashes as escapes; forward slashes work on every platform
        out.add("data.dir = " + dataDir.toAbsolutePath().toString().replace('\\', '/'));
        out.add("db.mode = embedded");
        return out;
    }

    public Path configDir() {
        return dir;
    }

    /** Deletes the folder and everything the benchmark wrote into it. */
    @Override
    public void close() {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
