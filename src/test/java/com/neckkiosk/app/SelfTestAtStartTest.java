package com.neckkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.config.PaperSize;
import com.neckkiosk.content.Language;
import com.neckkiosk.selftest.HealthWatch;
import com.neckkiosk.store.PrinterNotice;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.wizard.KioskApp;
import com.neckkiosk.ui.wizard.KioskFrame;
import java.awt.Component;
import java.awt.Dimension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's start as {@code kiosk} wires it (the store opened after the first paint, then the
 * self-test and the database re-checks), with the fault made real: a data folder that is
 * immutable (read-only even for root). The kiosk shows "out of order" instead of collecting
 * answers it cannot keep, the log says why, and once the folder can be written again the
 * kiosk comes back by itself and its store opens.
 */
class SelfTestAtStartTest {

    private static final Timeout WAIT = Timeout.timeout(20_000);

    @TempDir
    Path dir;

    private KioskFrame kiosk;
    private HealthWatch watch;
    private OpeningStore store;
    private Path immutable;
    /** What the kiosk writes to its log (the journal, when installed). */
    private final ByteArrayOutputStream journal = new ByteArrayOutputStream();

    @AfterEach
    void cleanUp() throws Exception {
        if (immutable != null) {
            chattr("-i", immutable);
        }
        if (watch != null) {
            watch.close();
        }
        if (kiosk != null) {
            GuiActionRunner.execute(() -> kiosk.dispose());
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void anImmutableDataFolderPutsTheKioskOutOfOrderUntilItCanBeWrittenAgain() throws Exception {
        Path dataDir = Files.createDirectories(dir.resolve("data"));
        chattr("+i", dataDir);
        immutable = dataDir;
        start(dataDir, "KioskPDF");

        waitUntil("out of order", () -> outOfOrder(kiosk));
        assertThat(store.awaitOpen()).as("the store could not open either").isFalse();
        String said = journal.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("self-test: FAILED  database  cannot write in the data folder " + dataDir)
                .contains("self-test: ok      printer   the print queue KioskPDF is enabled and accepts jobs")
                .contains("self-test: the kiosk is out of order until its database can be written again");

        chattr("-i", dataDir);
        immutable = null;
        waitUntil("back in service", () -> !outOfOrder(kiosk));
        assertThat(journal.toString(StandardCharsets.UTF_8))
                .contains("self-test: ok      database  the data folder " + dataDir)
                .contains("self-test: the database can be written again; the kiosk is back in service");
        // the store's next write opens it (it tries again at most every two seconds)
        Pause.pause(new Condition("the store opens") {
            @Override
            public boolean test() {
                return store.awaitOpen();
            }
        }, WAIT);
        assertThat(store.nextVisitCode("K7", java.time.LocalDate.now())).startsWith("K7-");
    }

    @Test
    void aMissingPrintQueueAtStartIsToldToTheFrontDeskAndTheKioskStaysInService() throws Exception {
        String queue = "NoSuchQueue" + ProcessHandle.current().pid();
        start(Files.createDirectories(dir.resolve("data")), queue);
        Pause.pause(new Condition("the printer's notice is stored") {
            @Override
            public boolean test() {
                return store.openedOrNull() != null && !store.openedOrNull().openPrinterNotices().isEmpty();
            }
        }, WAIT);
        PrinterNotice notice = store.openedOrNull().openPrinterNotices().get(0);
        assertThat(notice.kioskId()).isEqualTo("K7");
        assertThat(notice.printer()).isEqualTo(queue);
        assertThat(notice.problem()).isEqualTo(PrinterNotice.Problem.QUEUE_MISSING);
        assertThat(notice.visitCode()).as("no patient waits for it").isNull();
        waitUntil("the report reached the window", () -> journal.toString(StandardCharsets.UTF_8)
                .contains("self-test: FAILED  printer   the print queue " + queue + " does not exist in CUPS"));
        assertThat(GuiActionRunner.execute(() -> outOfOrder(kiosk))).isFalse();
    }

    /** As {@code kiosk} starts: the window, then the store opening and the self-test with its re-checks. */
    private void start(Path dataDir, String queue) {
        ClinicConfig config = new ClinicConfig(dir, "Riverside Clinic", "K7", "Waiting room A",
                List.of(Language.EN, Language.ES), 120, 30, DatabaseSettings.embedded(dataDir), queue,
                PaperSize.LETTER, 30, "", "", 0, 1.0, false, 30, 60);
        store = OpeningStore.later(config.database(), config.kioskId(), config.kioskName());
        kiosk = GuiActionRunner.execute(() -> {
            KioskTheme.apply(KioskTheme.Look.STANDARD, 1.0);
            return KioskApp.createWindowed(config, store, new Dimension(1920, 1080));
        });
        store.open();
        watch = KioskCommand.watchHealth(config, store, kiosk::healthChecked,
                new PrintStream(journal, true, StandardCharsets.UTF_8), Duration.ofMillis(300));
    }

    private static boolean outOfOrder(KioskFrame kiosk) {
        for (Component layer : kiosk.frame().getLayeredPane().getComponents()) {
            if ("outOfOrder.screen".equals(layer.getName())) {
                return layer.isVisible();
            }
        }
        throw new AssertionError("no out-of-order screen in the window");
    }

    private static void waitUntil(String description, BooleanSupplier check) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(check::getAsBoolean);
            }
        }, WAIT);
    }

    private static void chattr(String flag, Path path) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("chattr", flag, path.toString()).inheritIO().start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("chattr %s %s", flag, path).isZero();
    }
}
