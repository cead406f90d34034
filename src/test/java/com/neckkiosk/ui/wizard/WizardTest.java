package com.neckkiosk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.content.Language;
import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.VisitLog;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.triage.AgeBand;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Reply;
import java.awt.EventQueue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wizard's state machine and what it logs, without a window (on the EDT, as in the app). */
class WizardTest {

    private final InMemoryVisitLog log = new InMemoryVisitLog();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T14:37:12Z"), ZoneOffset.UTC);
    private Wizard wizard;

    private void onEdt(Runnable step) throws Exception {
        EventQueue.invokeAndWait(step);
        EventQueue.invokeAndWait(() -> { }); // results hopped back with invokeLater arrive
    }

    private void newWizard(VisitLog visits) throws Exception {
        onEdt(() -> wizard = new Wizard(TestConfigs.clinic(), new VisitWriter(visits, "K7", clock, Runnable::run), clock));
    }

    @Test
    void selfCareWalkLogsACompletedVisitWithItsSheet() throws Exception {
        newWizard(log);
        onEdt(() -> {
            wizard.start(Language.EN);
            assertThat(wizard.page()).isEqualTo(Page.INTRO);
            wizard.beginQuestions();
            assertThat(wizard.question()).contains(Question.AGE_BAND);
            assertThat(wizard.stepNumber()).isEqualTo(1);
            ScreenshotRenderer.walk(wizard, Map.of(), null);
        });
        assertThat(wizard.page()).isEqualTo(Page.RESULT);
        Result result = wizard.result().orElseThrow();
        assertThat(result.assessment().disposition()).isEqualTo(Disposition.SELF_CARE);
        assertThat(result.delivery()).isEqualTo(Result.Delivery.SAVED);
        assertThat(result.visitCode()).isEqualTo("K7-1");
        assertThat(log.alerts()).isEmpty();
        VisitRecord visit = log.visits().get(0);
        assertThat(visit.outcome()).isEqualTo(VisitRecord.Outcome.COMPLETED);
        assertThat(visit.disposition()).isEqualTo(Disposition.SELF_CARE);
        assertThat(visit.exercises()).hasSize(4);
        assertThat(visit.lastStep()).isEqualTo("result");
        assertThat(visit.stepsReached()).isEqualTo(1 + 21 + 1);
        assertThat(visit.answers()).containsEntry(Question.CAUSES, "posture,screen_work").hasSize(21);
        assertThat(visit.startedHour()).hasToString("2026-11-22T14:00");
        assertThat(visit.visitCode()).isEqualTo("K7-1");
        assertThat(visit.demo()).isFalse();
    }

    @Test
    void injuryAsksTheFollowUpAndAnUrgentResultAlertsTheDesk() throws Exception {
        newWizard(log);
        onEdt(() -> {
            wizard.start(Language.ES);
            wizard.beginQuestions();
            ScreenshotRenderer.walk(wizard, Map.of(Question.INJURY, Reply.YES), Question.INJURY_MAJOR);
            assertThat(wizard.question()).contains(Question.INJURY_MAJOR);
            assertThat(wizard.stepCount()).isEqualTo(22);
            ScreenshotRenderer.walk(wizard, Map.of(), null);
        });
        Result result = wizard.result().orElseThrow();
        assertThat(result.assessment().disposition()).isEqualTo(Disposition.URGENT);
        assertThat(result.delivery()).isEqualTo(Result.Delivery.SAVED);
        AlertRecord alert = log.alerts().get(0);
        assertThat(alert.level()).isEqualTo(Disposition.URGENT);
        assertThat(alert.reasons()).containsExactly("injury");
        assertThat(alert.visitCode()).isEqualTo(result.visitCode());
        assertThat(alert.visitId()).isEqualTo(log.visits().get(0).id());
        assertThat(log.visits().get(0).language()).isEqualTo(Language.ES);
    }

    @Test
    void chestPainStopsAtOnceWithAnEmergency() throws Exception {
        newWizard(log);
        onEdt(() -> {
            wizard.start(Language.EN);
            wizard.beginQuestions();
            ScreenshotRenderer.walk(wizard, Map.of(), Question.CHEST_PAIN);
            wizard.answer(wizard.answers().with(Question.CHEST_PAIN, Reply.UNSURE));
        });
        assertThat(wizard.page()).isEqualTo(Page.RESULT);
        assertThat(wizard.result().orElseThrow().assessment().reasonIds()).containsExactly("chest_pain?");
        assertThat(log.alerts()).singleElement().extracting(AlertRecord::level).isEqualTo(Disposition.EMERGENCY);
        assertThat(log.visits().get(0).answers()).containsOnlyKeys(Question.AGE_BAND, Question.CHEST_PAIN);
        assertThat(wizard.canAskForHelp()).isFalse();
    }

    @Test
    void helpFromAQuestionIsAnEmergencyWithReasonHelpRequested() throws Exception {
        newWizard(log);
        onEdt(() -> {
            wizard.start(Language.EN);
            wizard.beginQuestions();
            wizard.answer(wizard.answers().withAgeBand(AgeBand.ADULT));
            wizard.askForHelp();
            assertThat(wizard.page()).isEqualTo(Page.HELP_CONFIRM);
            wizard.notNow();
            assertThat(wizard.question()).contains(Question.CHEST_PAIN);
            wizard.askForHelp();
            wizard.confirmHelp();
        });
        assertThat(wizard.result().orElseThrow().assessment().reasonIds()).containsExactly("help_requested");
        assertThat(log.visits().get(0).helpRequested()).isTrue();
        assertThat(log.alerts()).singleElement().extracting(AlertRecord::reasons)
                .isEqualTo(java.util.List.of("help_requested"));
    }

    @Test
    void backKeepsAnswersAndStartOverLogsAnAbandonedVisitAndForgetsEverything() throws Exception {
        newWizard(log);
        onEdt(() -> {
            wizard.start(Language.EN);
            wizard.beginQuestions();
            ScreenshotRenderer.walk(wizard, Map.of(), Question.HEADACHE);
            wizard.back();
            assertThat(wizard.question()).contains(Question.BOWEL_BLADDER);
            assertThat(wizard.answers().reply(Question.BOWEL_BLADDER)).contains(Reply.NO);
            wizard.startOver();
        });
        assertThat(wizard.page()).isEqualTo(Page.ATTRACT);
        assertThat(wizard.answers().asIds()).isEmpty();
        VisitRecord visit = log.visits().get(0);
        assertThat(visit.outcome()).isEqualTo(VisitRecord.Outcome.ABANDONED);
        assertThat(visit.lastStep()).isEqualTo("bowel_bladder");
        assertThat(visit.disposition()).isNull();
        assertThat(visit.visitCode()).isNull();
        onEdt(() -> {
            wizard.start(Language.EN);
            wizard.back();
        });
        assertThat(wizard.page()).isEqualTo(Page.ATTRACT);
        assertThat(log.visits()).hasSize(2);
    }

    @Test
    void aTimeOutLogsTheStepAndWipes() throws Exception {
        newWizard(log);
        onEdt(() -> {
            wizard.start(Language.ES);
            wizard.beginQuestions();
            ScreenshotRenderer.walk(wizard, Map.of(), Question.FEVER);
            wizard.timedOut();
        });
        VisitRecord visit = log.visits().get(0);
        assertThat(visit.outcome()).isEqualTo(VisitRecord.Outcome.TIMED_OUT);
        assertThat(visit.lastStep()).isEqualTo("fever");
        assertThat(wizard.language()).isEqualTo(Language.EN);
        assertThat(wizard.inVisit()).isFalse();
    }

    @Test
    void whenTheStoreFailsTheCardSaysTheDeskWasNotTold() throws Exception {
        newWizard(new VisitLog() {
            @Override
            public void save(VisitRecord visit) {
                throw new IllegalStateException("database down");
            }

            @Override
            public void saveWithAlert(VisitRecord visit, AlertRecord alert) {
                throw new IllegalStateException("database down");
            }

            @Override
            public String nextVisitCode(String kioskId, LocalDate day) {
                return kioskId + "-1";
            }
        });
        onEdt(() -> {
            wizard.start(Language.EN);
            wizard.askForHelp();
            wizard.confirmHelp();
        });
        assertThat(wizard.result().orElseThrow().delivery()).isEqualTo(Result.Delivery.FAILED);
        assertThat(wizard.result().orElseThrow().visitCode()).isNull();
    }
}
