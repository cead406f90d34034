package com.neckkiosk.triage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The clinical contract's rules: answers in, disposition, reasons and sheet plan out. */
public final class Triage {

    private Triage() {
    }

    /**
     * Assesses the answers given so far. An unanswered question makes no rule fire, so
     * this also serves the wizard's early stop on partial answers.
     */
    public static Assessment assess(Answers answers) {
        List<Reason> reasons = new ArrayList<>();
        Disposition disposition = Disposition.SELF_CARE;
        for (Rule rule : Rule.values()) {
            if (rule.firesOn(answers)) {
                reasons.add(new Reason(rule, rule.firedOnUnsure(answers)));
                if (rule.level().isMoreUrgentThan(disposition)) {
                    disposition = rule.level();
                }
            }
        }
        return new Assessment(disposition, reasons, planSheet(disposition, answers));
    }

    /** Whether an EMERGENCY rule has fired: the wizard stops asking at once. */
    public static boolean emergencyReached(Answers answers) {
        for (Rule rule : Rule.values()) {
            if (rule.level() == Disposition.EMERGENCY && rule.firesOn(answers)) {
                return true;
            }
        }
        return false;
    }

    static SheetPlan planSheet(Disposition disposition, Answers answers) {
        boolean under18 = answers.ageBand().orElse(null) == AgeBand.UNDER_18;
        List<Exercise> exercises = new ArrayList<>();
        SheetPlan.ExerciseAdvice advice;
        if (disposition.alertsStaff() || under18 || answers.flagged(Question.SERIOUS_HISTORY)) {
            advice = SheetPlan.ExerciseAdvice.ASK_DOCTOR_FIRST;
        } else if (disposition == Disposition.SEE_DOCTOR || answers.painScore().orElse(0) >= 7) {
            advice = SheetPlan.ExerciseAdvice.GENTLE_FOR_NOW;
            for (Exercise exercise : Exercise.values()) {
                if (exercise.gentle()) {
                    exercises.add(exercise);
                }
            }
        } else {
            advice = SheetPlan.ExerciseAdvice.FULL_PROGRAMME;
            exercises.addAll(List.of(Exercise.values()));
        }
        boolean dizzy = answers.flagged(Question.DIZZINESS);
        Set<Exercise> unsafe = dizzy ? EnumSet.of(Exercise.BALLOON_DANCE) : EnumSet.noneOf(Exercise.class);
        exercises.removeAll(unsafe);

        List<Cause> ownCauses = new ArrayList<>(answers.causes().orElse(Set.of()));
        ownCauses.remove(Cause.NONE_KNOWN);
        return new SheetPlan(exercises, advice,
                dizzy && !exercises.isEmpty(),
                disposition != Disposition.EMERGENCY,
                under18,
                !disposition.alertsStaff(),
                ownCauses);
    }
}
