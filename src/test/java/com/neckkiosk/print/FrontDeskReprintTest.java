package com.neckkiosk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.neckkiosk.alerts.SheetReprinter;
import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.config.PaperSize;
import com.neckkiosk.content.ContentCatalog;
import com.neckkiosk.content.Language;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Assessment;
import com.neckkiosk.triage.Exercise;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Triage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The front desk's reprint: stored answer ids back to answers, and a sheet on the real KioskPDF queue. */
class FrontDeskReprintTest {

    private static final SheetPrinter PRINTER = new SheetPrinter(Duration.ofSeconds(30));

    @AfterAll
    static void close() {
        PRINTER.close();
    }

    private static ClinicConfig clinic() {
        Path dir = Path.of("target", "test-config");
        return new ClinicConfig(dir, "Riverside Clinic", "K7", "Waiting room A", List.of(Language.EN, Language.ES),
                120, 30, DatabaseSettings.embedded(dir.resolve("data")), PrintQueues.QUEUE, PaperSize.A4, 30, "", "",
                0, 1.0, false, 30, 60);
    }

    private static VisitRecord stored(Answers answers, Language language, String code) {
        Assessment assessment = Triage.assess(answers);
        return new VisitRecord("v-" + code, LocalDateTime.of(2026, 11, 22, 10, 0), "K7", language, 12, answers.asIds(),
                answers.helpRequested(), assessment.disposition(), List.of(), assessment.sheet().exercises(),
                VisitRecord.Outcome.COMPLETED, "result", VisitRecord.SheetStatus.PRINT_FAILED, code, 95, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"desk_worker_mild", "dizzy_mild", "fall_then_pain", "meningitis_triad", "teenager",
            "week_no_better"})
    void storedIdsGiveBackTheSameAnswers(String vignette) {
        Answers answers = SheetSamples.vignette(vignette);

        assertThat(StoredAnswers.of(answers.asIds(), false)).isEqualTo(answers);
    }

    @Test
    void aVisitThatStoppedEarlyOrAskedForHelpKeepsWhatItHad() {
        Answers early = Answers.none().withAgeBand(com.neckkiosk.triage.AgeBand.OLDER_ADULT).withHelpRequested();

        assertThat(StoredAnswers.of(early.asIds(), true)).isEqualTo(early);
        assertThat(StoredAnswers.of(Map.of(), false)).isEqualTo(Answers.none());
    }

    @Test
    void anIdThisProgramDoesNotKnowIsNamed() {
        Map<Question, String> ids = new EnumMap<>(SheetSamples.vignette("desk_worker_mild").asIds());
        ids.put(Question.DURATION, "forever");

        assertThatThrownBy(() -> StoredAnswers.of(ids, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stored answer to duration is 'forever', which this program does not know");
        ids.put(Question.DURATION, "days");
        ids.put(Question.PAIN_SCORE, "ten");
        assertThatThrownBy(() -> StoredAnswers.of(ids, false)).hasMessageContaining("pain_score is 'ten'");
    }

    @Test
    void theReprintedSheetIsTheVisitsSheetInItsLanguage() throws Exception {
        String code = "K7-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        Answers answers = SheetSamples.vignette("desk_worker_mild");
        VisitRecord visit = stored(answers, Language.ES, code);

        SheetReprinter.Outcome outcome = new FrontDeskReprint(clinic(), PRINTER).reprint(visit).get();

        assertThat(outcome.printed()).as("%s", outcome.problem()).isTrue();
        String text = PrintQueues.text(PrintQueues.pdfFor("neck-sheet-" + code));
        ContentCatalog spanish = ContentCatalog.of(Language.ES);
        assertThat(text).contains(code).contains(spanish.helpNowTitle());
        for (Exercise exercise : visit.exercises()) {
            assertThat(text).contains(spanish.exercise(exercise).name());
        }
    }

    @Test
    void aVisitWhoseIdsCannotBeReadIsReportedNotPrinted() throws Exception {
        Map<Question, String> ids = new EnumMap<>(SheetSamples.vignette("desk_worker_mild").asIds());
        ids.put(Question.AGE_BAND, "ageless");
        VisitRecord visit = new VisitRecord("v-x", LocalDateTime.of(2026, 11, 22, 10, 0), "K7", Language.EN, 12, ids,
                false, null, List.of(), List.of(), VisitRecord.Outcome.COMPLETED, "result",
                VisitRecord.SheetStatus.NOT_PRINTED, "K7-9", 95, false);

        SheetReprinter.Outcome outcome = new FrontDeskReprint(clinic(), PRINTER).reprint(visit).get();

        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.problem()).isEqualTo("cannot rebuild this visit's sheet: stored answer to age_band is"
                + " 'ageless', which this program does not know");
    }
}
