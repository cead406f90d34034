package com.neckkiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code bench startup} measures the kiosk as the launcher starts it: the same JVM flags. */
class LauncherFlagsTest {

    @Test
    void theLauncherAndTheStartupBenchUseTheSameFlags() throws Exception {
        String script = Files.readString(Path.of("bin", "neck-kiosk"));
        assertThat(script).contains("flags=\"" + String.join(" ", StartupBench.LAUNCHER_FLAGS) + "\"")
                .contains("-XX:SharedArchiveFile=\"$archive\"")
                .contains("cds-archive \"$archive\"")
                .contains("export MALLOC_ARENA_MAX=2");
    }

    @Test
    void theInstalledLauncherStartsTheKioskWithTheSameFlags() throws Exception {
        String script = Files.readString(Path.of("install", "files", "neck-kiosk"));
        assertThat(script).contains("flags=\"" + String.join(" ", StartupBench.LAUNCHER_FLAGS) + "\"")
                .contains("JAVA_TOOL_OPTIONS=\"$flags ")
                .contains("export MALLOC_ARENA_MAX=2");
    }

    @Test
    void theInstalledLauncherStartsTheDashboardWithTheFlagsItsBenchUses() throws Exception {
        String script = Files.readString(Path.of("install", "files", "neck-kiosk"));
        String dashboard = script.substring(script.indexOf("= dashboard ]"));
        assertThat(dashboard.substring(0, dashboard.indexOf("fi\n")))
                .contains("JAVA_TOOL_OPTIONS=\"" + String.join(" ", DashboardBench.LAUNCHER_FLAGS) + " ");
    }
}
