package com.neckkiosk.triage;

import java.util.List;

/**
 * What the take-home sheet holds for one result, decided by the clinical contract.
 * The words come from the content catalogue; this only says which parts appear.
 *
 * @param exercises         the exercises, in the programme's order (may be empty)
 * @param exerciseAdvice    what the sheet says about exercising
 * @param exerciseSeated    dizziness: the sheet says to do the exercises seated
 * @param remedies          whether the home-remedies section appears
 * @param childMedicineAdvice under 18: no medicine advice beyond "ask; no aspirin under 16"
 * @param prevention        whether the prevention tips appear
 * @param causesFirst       the patient's own causes, whose tips come first
 */
public record SheetPlan(List<Exercise> exercises,
                        ExerciseAdvice exerciseAdvice,
                        boolean exerciseSeated,
                        boolean remedies,
                        boolean childMedicineAdvice,
                        boolean prevention,
                        List<Cause> causesFirst) {

    /** What the sheet says about exercise. */
    public enum ExerciseAdvice {
        /** No exercises: ask the doctor which are safe. */
        ASK_DOCTOR_FIRST,
        /** The gentle programme; add the others when the pain eases. */
        GENTLE_FOR_NOW,
        /** The whole programme. */
        FULL_PROGRAMME
    }

    public SheetPlan {
        exercises = List.copyOf(exercises);
        causesFirst = List.copyOf(causesFirst);
    }

    /** Every sheet with exercises carries the stop rules. */
    public boolean stopRules() {
        return !exercises.isEmpty();
    }

    /** Every sheet carries the "when to get help now" box. */
    public boolean helpBox() {
        return true;
    }
}
