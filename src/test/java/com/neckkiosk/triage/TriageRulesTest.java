package com.neckkiosk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of the clinical contract, alone and in the combinations the spec names. */
class TriageRulesTest {

    @Test
    void noWarningSignsIsSelfCare() {
        Assessment result = Cases.baseline().assess();
        assertThat(result.disposition()).isEqualTo(Disposition.SELF_CARE);
        assertThat(result.reasonIds()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1} -> {2} [{3}]")
    @CsvSource({
            "bowel_bladder, yes, EMERGENCY, bowel_bladder",
            "bowel_bladder, unsure, EMERGENCY, bowel_bladder?",
            "limb_weakness, yes, EMERGENCY, limb_weakness",
            "limb_weakness, unsure, EMERGENCY, limb_weakness?",
            "worst_headache, yes, EMERGENCY, worst_headache",
            "worst_headache, unsure, EMERGENCY, worst_headache?",
            "sudden_neuro, yes, EMERGENCY, sudden_neuro",
            "sudden_neuro, unsure, EMERGENCY, sudden_neuro?",
            "chest_pain, yes, EMERGENCY, chest_pain",
            "chest_pain, unsure, EMERGENCY, chest_pain?",
            "numbness, yes, URGENT, numbness",
            "numbness, unsure, URGENT, numbness?",
            "fever, yes, URGENT, fever",
            "fever, unsure, URGENT, fever?",
            "severe_pain, yes, URGENT, severe_pain",
            "severe_pain, unsure, URGENT, severe_pain?",
            "not_improving, yes, SEE_DOCTOR, not_improving",
            "not_improving, unsure, SEE_DOCTOR, not_improving?",
            "recurring, yes, SEE_DOCTOR, recurring",
            "recurring, unsure, SEE_DOCTOR, recurring?",
            "head_twisted, yes, SEE_DOCTOR, head_twisted",
            "head_twisted, unsure, SEE_DOCTOR, head_twisted?",
            "dizziness, yes, SEE_DOCTOR, dizziness",
            "dizziness, unsure, SEE_DOCTOR, dizziness?",
            "rash, yes, SEE_DOCTOR, rash",
            "rash, unsure, SEE_DOCTOR, rash?",
            "serious_history, yes, SEE_DOCTOR, serious_history",
            "serious_history, unsure, SEE_DOCTOR, serious_history?",
    })
    void eachOneQuestionRuleFiresOnYesAndUnsure(String id, String reply, Disposition level, String reason) {
        Assessment result = Cases.baseline().with(id, reply).assess();
        assertThat(result.disposition()).isEqualTo(level);
        assertThat(result.reasonIds()).containsExactly(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"headache", "neck_flexion"})
    void headacheOrStiffNeckAloneChangeNothing(String id) {
        assertThat(Cases.baseline().with(id, "yes").assess().disposition()).isEqualTo(Disposition.SELF_CARE);
    }

    @Test
    void helpRequestedAloneIsEmergency() {
        Assessment result = Cases.baseline().with("help_requested", "yes").assess();
        assertThat(result.disposition()).isEqualTo(Disposition.EMERGENCY);
        assertThat(result.reasonIds()).containsExactly("help_requested");
    }

    @Test
    void helpRequestedNoChangesNothing() {
        assertThat(Cases.baseline().with("help_requested", "no").assess().reasonIds()).isEmpty();
    }

    @ParameterizedTest(name = "neck_flexion={0} headache={1} fever={2} rash={3} -> {4}")
    @CsvSource({
            "yes, yes, yes, no, EMERGENCY, 'meningitis_signs, fever'",
            "unsure, unsure, unsure, no, EMERGENCY, 'meningitis_signs, fever?'",
            "yes, yes, no, yes, EMERGENCY, 'meningitis_signs, rash_with_headache, rash'",
            "yes, yes, no, unsure, EMERGENCY, 'meningitis_signs, rash_with_headache, rash?'",
            "no, yes, yes, yes, URGENT, 'fever, rash_with_headache, rash'",
            "yes, no, yes, yes, URGENT, 'fever, rash'",
            "yes, yes, no, no, SELF_CARE, ''",
    })
    void meningitisNeedsStiffNeckHeadacheAndFeverOrRash(String neckFlexion, String headache, String fever,
                                                         String rash, Disposition level, String reasons) {
        Assessment result = Cases.baseline().with("neck_flexion", neckFlexion).with("headache", headache)
                .with("fever", fever).with("rash", rash).assess();
        assertThat(result.disposition()).isEqualTo(level);
        assertThat(String.join(", ", result.reasonIds())).isEqualTo(reasons);
    }

    @Test
    void rashWithHeadacheIsUrgentAndNeverCarriesAQuestionMark() {
        Assessment result = Cases.baseline().with("rash", "unsure").with("headache", "unsure").assess();
        assertThat(result.disposition()).isEqualTo(Disposition.URGENT);
        assertThat(result.reasonIds()).containsExactly("rash_with_headache", "rash?");
    }

    @ParameterizedTest(name = "injury={0} injury_major={1} age={2} numbness={3}")
    @CsvSource({
            "yes, no, 18_64, no, URGENT, 'injury'",
            "unsure, no, 18_64, no, URGENT, 'injury?'",
            "yes, yes, 18_64, no, EMERGENCY, 'injury_major, injury'",
            "yes, unsure, 18_64, no, EMERGENCY, 'injury_major?, injury'",
            "unsure, unsure, 18_64, no, EMERGENCY, 'injury_major?, injury?'",
            "yes, no, 65_plus, no, EMERGENCY, 'injury_older_adult, injury'",
            "unsure, no, 65_plus, no, EMERGENCY, 'injury_older_adult, injury?'",
            "yes, no, 18_64, yes, EMERGENCY, 'injury_with_numbness, injury, numbness'",
            "unsure, no, 18_64, unsure, EMERGENCY, 'injury_with_numbness, injury?, numbness?'",
            "yes, yes, 65_plus, yes, EMERGENCY, 'injury_major, injury_older_adult, injury_with_numbness, injury, numbness'",
            "yes, no, under_18, no, URGENT, 'injury, under_18'",
    })
    void injuryRules(String injury, String major, String age, String numbness, Disposition level, String reasons) {
        Assessment result = Cases.baseline().with("injury", injury).with("injury_major", major)
                .with("age_band", age).with("numbness", numbness).assess();
        assertThat(result.disposition()).isEqualTo(level);
        assertThat(String.join(", ", result.reasonIds())).isEqualTo(reasons);
    }

    @Test
    void olderAdultWithoutInjuryIsSelfCare() {
        assertThat(Cases.baseline().with("age_band", "65_plus").assess().disposition())
                .isEqualTo(Disposition.SELF_CARE);
    }

    @Test
    void numbnessWithoutInjuryIsUrgentNotEmergency() {
        assertThat(Cases.baseline().with("numbness", "yes").assess().reasonIds()).containsExactly("numbness");
    }

    @ParameterizedTest(name = "pain {0} -> {1}")
    @CsvSource({
            "0, SELF_CARE, ''", "6, SELF_CARE, ''", "7, SELF_CARE, ''", "8, SELF_CARE, ''",
            "9, URGENT, pain_score_9_plus", "10, URGENT, pain_score_9_plus",
    })
    void painScoreNineOrMoreIsUrgent(String pain, Disposition level, String reasons) {
        Assessment result = Cases.baseline().with("pain_score", pain).assess();
        assertThat(result.disposition()).isEqualTo(level);
        assertThat(String.join(", ", result.reasonIds())).isEqualTo(reasons);
    }

    @ParameterizedTest(name = "duration {0} -> {1}")
    @CsvSource({
            "minutes, SELF_CARE", "hours, SELF_CARE", "days, SELF_CARE", "weeks, SEE_DOCTOR", "months, SEE_DOCTOR",
    })
    void weeksOrMonthsIsSeeDoctor(String duration, Disposition level) {
        Assessment result = Cases.baseline().with("duration", duration).assess();
        assertThat(result.disposition()).isEqualTo(level);
        assertThat(result.reasonIds()).isEqualTo(level == Disposition.SEE_DOCTOR
                ? java.util.List.of("long_duration") : java.util.List.of());
    }

    @Test
    void underEighteenIsSeeDoctor() {
        Assessment result = Cases.baseline().with("age_band", "under_18").assess();
        assertThat(result.disposition()).isEqualTo(Disposition.SEE_DOCTOR);
        assertThat(result.reasonIds()).containsExactly("under_18");
    }

    @Test
    void reasonsListEveryFiredRuleInTheSpecsOrder() {
        Assessment result = Cases.baseline()
                .with("age_band", "under_18").with("duration", "months").with("serious_history", "unsure")
                .with("rash", "yes").with("dizziness", "yes").with("head_twisted", "yes").with("recurring", "yes")
                .with("not_improving", "yes").with("pain_score", "10").with("severe_pain", "yes")
                .with("headache", "yes").with("fever", "yes").with("numbness", "yes")
                .with("injury", "yes").with("injury_major", "unsure")
                .with("neck_flexion", "yes").with("chest_pain", "yes").with("sudden_neuro", "unsure")
                .with("worst_headache", "yes").with("limb_weakness", "yes").with("bowel_bladder", "yes")
                .with("help_requested", "yes").assess();
        assertThat(result.disposition()).isEqualTo(Disposition.EMERGENCY);
        assertThat(result.reasonIds()).containsExactly(
                "help_requested", "bowel_bladder", "limb_weakness", "worst_headache", "sudden_neuro?",
                "chest_pain", "meningitis_signs", "injury_major?", "injury_with_numbness",
                "injury", "numbness", "fever", "rash_with_headache", "severe_pain", "pain_score_9_plus",
                "not_improving", "recurring", "head_twisted", "dizziness", "rash", "serious_history?",
                "long_duration", "under_18");
    }

    @Test
    void theHighestLevelWinsWhateverTheOrderOfAnswers() {
        Assessment result = Cases.baseline().with("dizziness", "yes").with("fever", "yes").assess();
        assertThat(result.disposition()).isEqualTo(Disposition.URGENT);
        assertThat(result.reasonIds()).containsExactly("fever", "dizziness");
    }

    @Test
    void rulesOnPartialAnswersNeverFireOnWhatWasNotAsked() {
        Answers onlyAge = Answers.none().withAgeBand(AgeBand.OLDER_ADULT);
        assertThat(Triage.assess(onlyAge).disposition()).isEqualTo(Disposition.SELF_CARE);
        assertThat(Triage.assess(Answers.none()).reasonIds()).isEmpty();
    }

    @Test
    void dispositionOrdering() {
        assertThat(Disposition.EMERGENCY.isMoreUrgentThan(Disposition.URGENT)).isTrue();
        assertThat(Disposition.SELF_CARE.isMoreUrgentThan(Disposition.SEE_DOCTOR)).isFalse();
        assertThat(Disposition.URGENT.alertsStaff()).isTrue();
        assertThat(Disposition.SEE_DOCTOR.alertsStaff()).isFalse();
    }

    @Test
    void everyRuleHasALevelAndAnId() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.id()).matches("[a-z0-9_]+");
            assertThat(rule.level()).isNotEqualTo(Disposition.SELF_CARE);
        }
    }
}
