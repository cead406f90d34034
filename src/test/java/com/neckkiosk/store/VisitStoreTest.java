package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.content.Language;
import com.neckkiosk.store.VisitRecord.Outcome;
import com.neckkiosk.store.VisitRecord.SheetStatus;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Exercise;
import com.neckkiosk.triage.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Visits written to a real H2 file database, read back after the database was closed. */
class VisitStoreTest {

    @TempDir
    Path temp;

    private Path dataDir() {
        return temp.resolve("data");
    }

    private KioskStore open() {
        return KioskStore.open(DatabaseSettings.embedded(dataDir()));
    }

    @Test
    void everyFieldSurvivesCloseAndReopen() {
        VisitRecord visit = Samples.visit("v-1");
        try (KioskStore store = open()) {
            store.save(visit);
        }
        try (KioskStore store = open()) {
            VisitRecord read = store.findVisit("v-1").orElseThrow();
            assertThat(read).isEqualTo(visit);
            assertThat(read.answers()).containsEntry(Question.CAUSES, "stress,posture")
                    .containsEntry(Question.NUMBNESS, "unsure");
            assertThat(read.reasons()).containsExactly("fever", "numbness?", "pain_score_9_plus");
            assertThat(read.exercises()).containsExactly(Exercise.POSTERIOR_SHOULDER_STRETCH, Exercise.OSTRICH);
            assertThat(store.countVisits()).isEqualTo(1);
        }
    }

    @Test
    void anEmptyCausesAnswerStaysApartFromNoAnswer() {
        VisitRecord noneChosen = visitWithAnswers("v-empty", Samples.answers(""));
        VisitRecord notAsked = Samples.abandonedVisit("v-none");
        try (KioskStore store = open()) {
            store.save(noneChosen);
            store.save(notAsked);
        }
        try (KioskStore store = open()) {
            assertThat(store.findVisit("v-empty").orElseThrow().answers()).containsEntry(Question.CAUSES, "");
            assertThat(store.findVisit("v-none").orElseThrow()).isEqualTo(notAsked);
        }
    }

    @Test
    void causesAreOneRowEachSoStatisticsCanCountThem() throws Exception {
        try (KioskStore store = open()) {
            store.save(Samples.visit("v-1"));
            store.save(visitWithAnswers("v-2", Samples.answers("posture")));
            store.save(visitWithAnswers("v-3", Samples.answers("")));
        }
        assertThat(TestDatabases.rows(dataDir(), "SELECT answer, COUNT(*) FROM visit_answer"
                + " WHERE question_id = 'causes' AND answer <> '' GROUP BY answer ORDER BY answer"))
                .containsExactly("posture|2", "stress|1");
    }

    @Test
    void savingTheSameIdAgainReplacesEveryPart() {
        VisitRecord first = Samples.visit("v-1");
        VisitRecord second = new VisitRecord("v-1", first.startedHour(), "K7", Language.EN, 14,
                Map.of(Question.AGE_BAND, "65_plus", Question.CAUSES, "overuse"), true, Disposition.EMERGENCY,
                List.of("help_requested"), List.of(), Outcome.COMPLETED, "result", SheetStatus.PRINTED, "K7-3",
                240, false);
        try (KioskStore store = open()) {
            store.save(first);
            store.save(first.withSheet(SheetStatus.PRINTED));
            store.save(second);
            assertThat(store.findVisit("v-1")).contains(second);
            assertThat(store.countVisits()).isEqualTo(1);
        }
    }

    @Test
    void findsTheDaysVisitByItsCodeOnlyOnThatDay() {
        VisitRecord today = Samples.withCode(Samples.visit("v-today"), "K7-3", Samples.NINE_AM);
        VisitRecord yesterday = Samples.withCode(Samples.visit("v-yesterday"), "K7-3", Samples.NINE_AM.minusDays(1));
        try (KioskStore store = open()) {
            store.save(today);
            store.save(yesterday);
            assertThat(store.findByVisitCode("K7-3", Samples.DAY)).contains(today);
            assertThat(store.findByVisitCode("K7-3", Samples.DAY.minusDays(1))).contains(yesterday);
            assertThat(store.findByVisitCode("K7-4", Samples.DAY)).isEmpty();
            assertThat(store.findVisit("nope")).isEmpty();
        }
    }

    @Test
    void freeTextNeverReachesTheDatabase() {
        try (KioskStore store = open()) {
            VisitRecord named = visitWithAnswers("v-1", Map.of(Question.CAUSES, "Jane Doe, my boss"));
            assertThatThrownBy(() -> store.save(named))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("never free text")
                    .hasMessageNotContaining("Jane");
            assertThatThrownBy(() -> store.save(visitWithReasons("v-2", List.of("called for Dr Who"))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.countVisits()).isZero();
        }
    }

    @Test
    void createsTheDataFolderForItsOwnerOnly() throws Exception {
        try (KioskStore store = open()) {
            assertThat(store.countVisits()).isZero();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir().resolve("kiosk.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aClosedStoreSaysSo() {
        KioskStore store = open();
        store.close();
        store.close();
        assertThatThrownBy(store::countVisits)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(dataDir().resolve("kiosk").toString())
                .hasMessageContaining("the store is closed");
    }

    private static VisitRecord visitWithAnswers(String id, Map<Question, String> answers) {
        VisitRecord v = Samples.visit(id);
        return new VisitRecord(id, v.startedHour(), v.kioskId(), v.language(), v.stepsReached(), answers,
                v.helpRequested(), v.disposition(), v.reasons(), v.exercises(), v.outcome(), v.lastStep(), v.sheet(),
                v.visitCode(), v.durationSeconds(), v.demo());
    }

    private static VisitRecord visitWithReasons(String id, List<String> reasons) {
        VisitRecord v = Samples.visit(id);
        return new VisitRecord(id, v.startedHour(), v.kioskId(), v.language(), v.stepsReached(), v.answers(),
                v.helpRequested(), v.disposition(), reasons, v.exercises(), v.outcome(), v.lastStep(), v.sheet(),
                v.visitCode(), v.durationSeconds(), v.demo());
    }
}
