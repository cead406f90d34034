package com.neckkiosk.triage;

import static com.neckkiosk.triage.Exercise.BALLOON_DANCE;
import static com.neckkiosk.triage.Exercise.HEAD_ROTATION_RESISTANCE;
import static com.neckkiosk.triage.Exercise.OSTRICH;
import static com.neckkiosk.triage.Exercise.POSTERIOR_SHOULDER_STRETCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.triage.SheetPlan.ExerciseAdvice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which exercises and sections go on the take-home sheet: the spec's bullets and table. */
class SheetPlanTest {

    @ParameterizedTest(name = "pain {0}: all four")
    @ValueSource(strings = {"0", "3", "6"})
    void selfCareWithPainUpToSixGetsTheWholeProgrammeInOrder(String pain) {
        SheetPlan sheet = Cases.baseline().with("pain_score", pain).assess().sheet();
        assertThat(sheet.exercises()).containsExactly(
                HEAD_ROTATION_RESISTANCE, OSTRICH, POSTERIOR_SHOULDER_STRETCH, BALLOON_DANCE);
        assertThat(sheet.exerciseAdvice()).isEqualTo(ExerciseAdvice.FULL_PROGRAMME);
        assertThat(sheet.stopRules()).isTrue();
        assertThat(sheet.exerciseSeated()).isFalse();
    }

    @ParameterizedTest(name = "pain {0}: gentle only")
    @ValueSource(strings = {"7", "8"})
    void selfCareWithPainSevenOrEightGetsTheGentleProgramme(String pain) {
        Assessment result = Cases.baseline().with("pain_score", pain).assess();
        assertThat(result.disposition()).isEqualTo(Disposition.SELF_CARE);
        assertThat(result.exercises()).containsExactly(OSTRICH, POSTERIOR_SHOULDER_STRETCH);
        assertThat(result.sheet().exerciseAdvice()).isEqualTo(ExerciseAdvice.GENTLE_FOR_NOW);
    }

    @ParameterizedTest(name = "{0}: gentle only")
    @ValueSource(strings = {"not_improving", "recurring", "head_twisted", "rash"})
    void seeDoctorGetsTheGentleProgramme(String id) {
        SheetPlan sheet = Cases.baseline().with(id, "yes").assess().sheet();
        assertThat(sheet.exercises()).containsExactly(OSTRICH, POSTERIOR_SHOULDER_STRETCH);
        assertThat(sheet.exerciseAdvice()).isEqualTo(ExerciseAdvice.GENTLE_FOR_NOW);
        assertThat(sheet.remedies()).isTrue();
        assertThat(sheet.prevention()).isTrue();
        assertThat(sheet.helpBox()).isTrue();
    }

    @Test
    void longDurationGetsTheGentleProgramme() {
        assertThat(Cases.baseline().with("duration", "weeks").assess().exercises())
                .containsExactly(OSTRICH, POSTERIOR_SHOULDER_STRETCH);
    }

    @ParameterizedTest(name = "dizziness={0}: seated, never balloon_dance")
    @ValueSource(strings = {"yes", "unsure"})
    void dizzinessMeansSeatedAndNoBalloonDance(String reply) {
        SheetPlan sheet = Cases.baseline().with("dizziness", reply).with("pain_score", "1").assess().sheet();
        assertThat(sheet.exercises()).doesNotContain(BALLOON_DANCE).containsExactly(OSTRICH, POSTERIOR_SHOULDER_STRETCH);
        assertThat(sheet.exerciseSeated()).isTrue();
    }

    @Test
    void dizzinessWithoutExercisesSaysNothingAboutSitting() {
        SheetPlan sheet = Cases.baseline().with("dizziness", "yes").with("serious_history", "yes").assess().sheet();
        assertThat(sheet.exercises()).isEmpty();
        assertThat(sheet.exerciseSeated()).isFalse();
        assertThat(sheet.stopRules()).isFalse();
    }

    @Test
    void emergencySheetHasOnlyTheHelpBox() {
        SheetPlan sheet = Cases.baseline().with("chest_pain", "yes").assess().sheet();
        assertThat(sheet.exercises()).isEmpty();
        assertThat(sheet.exerciseAdvice()).isEqualTo(ExerciseAdvice.ASK_DOCTOR_FIRST);
        assertThat(sheet.remedies()).isFalse();
        assertThat(sheet.prevention()).isFalse();
        assertThat(sheet.helpBox()).isTrue();
    }

    @Test
    void urgentSheetHasRemediesAndHelpBoxOnly() {
        SheetPlan sheet = Cases.baseline().with("fever", "yes").assess().sheet();
        assertThat(sheet.exercises()).isEmpty();
        assertThat(sheet.exerciseAdvice()).isEqualTo(ExerciseAdvice.ASK_DOCTOR_FIRST);
        assertThat(sheet.remedies()).isTrue();
        assertThat(sheet.prevention()).isFalse();
        assertThat(sheet.helpBox()).isTrue();
    }

    @Test
    void underEighteenGetsNoExercisesAndChildMedicineAdvice() {
        SheetPlan sheet = Cases.baseline().with("age_band", "under_18").with("pain_score", "1").assess().sheet();
        assertThat(sheet.exercises()).isEmpty();
        assertThat(sheet.exerciseAdvice()).isEqualTo(ExerciseAdvice.ASK_DOCTOR_FIRST);
        assertThat(sheet.childMedicineAdvice()).isTrue();
        assertThat(sheet.remedies()).isTrue();
        assertThat(sheet.prevention()).isTrue();
    }

    @Test
    void adultsGetAdultMedicineAdvice() {
        assertThat(Cases.baseline().assess().sheet().childMedicineAdvice()).isFalse();
    }

    @ParameterizedTest(name = "serious_history={0}: no exercises")
    @ValueSource(strings = {"yes", "unsure"})
    void seriousHistoryGetsNoExercisesButRemediesAndTips(String reply) {
        SheetPlan sheet = Cases.baseline().with("serious_history", reply).assess().sheet();
        assertThat(sheet.exercises()).isEmpty();
        assertThat(sheet.exerciseAdvice()).isEqualTo(ExerciseAdvice.ASK_DOCTOR_FIRST);
        assertThat(sheet.remedies()).isTrue();
        assertThat(sheet.prevention()).isTrue();
    }

    @Test
    void thePatientsOwnCausesComeFirstWithoutNoneKnown() {
        SheetPlan sheet = Cases.baseline().with("causes", "stress, posture,none_known,posture").assess().sheet();
        assertThat(sheet.causesFirst()).containsExactly(Cause.POSTURE, Cause.STRESS);
    }

    @Test
    void noCausesMeansOnlyGeneralTips() {
        assertThat(Cases.baseline().assess().sheet().causesFirst()).isEmpty();
    }
}
