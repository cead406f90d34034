package com.neckkiosk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Resident set size from {@code /proc} (Linux) and heap used after a forced collection. */
final class Memory {

    static final double MIB = 1024.0 * 1024.0;

    private Memory() {
    }

    /** {@code VmRSS} of a process in MiB, or empty when {@code /proc} cannot tell (not Linux, process gone). */
    static Optional<Double> rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    String kb = line.substring("VmRSS:".length()).trim().split("\\s+")[0];
                    return Optional.of(Long.parseLong(kb) / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static double ownRssMiB() {
        return rssMiB(ProcessHandle.current().pid()).orElse(Double.NaN);
    }

    /** Three full collections with short pauses between, so finalizers and reference queues settle. */
    static void settle() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
    }

    static double heapUsedMiB() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MIB;
    }
}
