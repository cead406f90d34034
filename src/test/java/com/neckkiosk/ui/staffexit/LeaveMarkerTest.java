package com.neckkiosk.ui.staffexit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Leave kiosk mode" must stick under the installed unit, whose Restart=always would bring the kiosk back. */
class LeaveMarkerTest {

    @Test
    void leavingWritesTheMarkerTheUnitChecks(@TempDir Path dir) {
        Path marker = dir.resolve("left-kiosk-mode");

        StaffActions.markLeft(marker.toString());

        assertThat(marker).exists();
    }

    @Test
    void outsideTheUnitNothingIsWritten(@TempDir Path dir) throws Exception {
        StaffActions.markLeft(null);
        StaffActions.markLeft("");
        StaffActions.markLeft(dir.resolve("no-such-folder").resolve("marker").toString());

        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theUnitStaysStoppedWhileTheMarkerIsThere() throws Exception {
        String unit = Files.readString(Path.of("install", "files", "neck-kiosk.service"));

        assertThat(unit).contains("Environment=" + StaffActions.LEAVE_MARKER_VARIABLE + "=/run/neck-kiosk/left-kiosk-mode")
                .contains("ExecCondition=/bin/sh -c '! test -e /run/neck-kiosk/left-kiosk-mode'")
                .contains("RuntimeDirectoryPreserve=yes")
                .contains("Restart=always");
    }
}
