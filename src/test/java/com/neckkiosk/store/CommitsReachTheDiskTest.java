package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut, unlike a crash, takes what the operating system had not yet written to the
 * disk. So every commit the kiosk reports must have been forced onto it first: the real store
 * runs in a child JVM under {@code strace}, and between one "saved" line and the next there
 * is an fsync of the database file. (CrashSafetyIT covers the crash: SIGKILL keeps the page cache.)
 */
class CommitsReachTheDiskTest {

    private static final Pattern OPENED = Pattern.compile("openat\\(.*kiosk\\.mv\\.db\".*\\) = (\\d+)$");
    private static final Pattern SAVED = Pattern.compile("write\\(1, \"visit (\\S+) ok");

    @TempDir
    Path dir;

    @Test
    void everyReportedSaveIsPrecededByAnFsyncOfTheDatabaseFile() throws Exception {
        Path trace = dir.resolve("strace.txt");
        Process child = new ProcessBuilder("strace", "-f", "-qq", "-e", "trace=openat,fsync,fdatasync,write",
                "-o", trace.toString(), Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                WritesUntilKilled.class.getName(), dir.resolve("data").toString(), "fsync")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // wait for a handful of saves, then stop it
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && saves(Files.exists(trace) ? Files.readAllLines(trace) : List.of()) < 12) {
                Thread.sleep(200);
            }
        } finally {
            // the store's JVM first: killing strace alone would detach it and leave it writing
            List<ProcessHandle> traced = child.descendants().toList();
            traced.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle process : traced) {
                process.onExit().get(30, TimeUnit.SECONDS);
            }
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        List<String> lines = Files.readAllLines(trace);
        String file = null;
        List<Integer> fsyncsBetweenSaves = new ArrayList<>();
        int fsyncs = 0;
        for (String line : lines) {
            Matcher opened = OPENED.matcher(line);
            if (opened.find()) {
                file = opened.group(1);
            } else if (file != null && isSyncOf(line, file)) {
                fsyncs++;
            } else if (SAVED.matcher(line).find()) {
                fsyncsBetweenSaves.add(fsyncs);
                fsyncs = 0;
            }
        }
        assertThat(file).as("the child opened the database file").isNotNull();
        assertThat(fsyncsBetweenSaves).as("visits saved").hasSizeGreaterThanOrEqualTo(10);
        assertThat(fsyncsBetweenSaves).as("fsyncs of the database file before each reported save")
                .allSatisfy(count -> assertThat(count).isPositive());
    }

    /** "fsync(18) = 0", or "fsync(18 <unfinished ...>" when another thread's line came between. */
    private static boolean isSyncOf(String line, String fd) {
        return line.contains(" fsync(" + fd + ")") || line.contains(" fsync(" + fd + " <unfinished")
                || line.contains(" fdatasync(" + fd + ")") || line.contains(" fdatasync(" + fd + " <unfinished");
    }

    private static int saves(List<String> lines) {
        return (int) lines.stream().filter(line -> SAVED.matcher(line).find()).count();
    }
}
