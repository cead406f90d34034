package com.neckkiosk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.content.Language;
import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.KioskStore;
import com.neckkiosk.store.StoreWriter;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Reply;
import java.awt.EventQueue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard writing to a real H2 file database on a real background thread, as the
 * {@code kiosk} verb runs it: what a patient does is what is stored, after a reopen too.
 */
class WizardOnRealStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void visitsAndAlertsReachTheDatabaseAndSurviveAReopen() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        ExecutorService background = Executors.newSingleThreadExecutor();
        Wizard[] wizard = new Wizard[1];
        try (KioskStore store = KioskStore.open(DatabaseSettings.embedded(dataDir))) {
            EventQueue.invokeAndWait(() -> {
                wizard[0] = new Wizard(TestConfigs.clinic(), new VisitWriter(store, "K7", clock, background), clock);
                wizard[0].start(Language.ES);
                wizard[0].beginQuestions();
                ScreenshotRenderer.walk(wizard[0], Map.of(Question.CHEST_PAIN, Reply.UNSURE), null);
            });
            background.shutdown();
            assertThat(background.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
            EventQueue.invokeAndWait(() -> { });
            assertThat(wizard[0].result().orElseThrow().delivery()).isEqualTo(Result.Delivery.SAVED);
        }
        try (KioskStore reopened = KioskStore.open(DatabaseSettings.embedded(dataDir))) {
            List<AlertRecord> open = reopened.openAlerts();
            assertThat(open).hasSize(1);
            AlertRecord alert = open.get(0);
            assertThat(alert.level()).isEqualTo(Disposition.EMERGENCY);
            assertThat(alert.reasons()).containsExactly("chest_pain?");
            assertThat(alert.kioskId()).isEqualTo("K7");
            VisitRecord visit = reopened.findVisit(alert.visitId()).orElseThrow();
            assertThat(visit.visitCode()).isEqualTo(alert.visitCode()).isEqualTo("K7-1");
            assertThat(visit.language()).isEqualTo(Language.ES);
            assertThat(visit.answers()).containsEntry(Question.CHEST_PAIN, "unsure").hasSize(2);
            assertThat(visit.startedHour().getMinute()).isZero();
            assertThat(reopened.findByVisitCode("K7-1", LocalDate.now())).isPresent();
            StoreWriter writer = new StoreWriter(reopened);
            try {
                assertThat(writer.nextVisitCode("K7", LocalDate.now()).get()).isEqualTo("K7-2");
            } finally {
                writer.close();
            }
        }
    }
}
