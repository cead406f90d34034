package com.neckkiosk.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order the wizard asks in, so screens never decide it themselves: age first, then
 * the questions that can reach EMERGENCY (most time-critical first), then the rest.
 * The injury follow-up is asked only after yes or unsure to {@code injury}, and asking
 * stops as soon as an EMERGENCY rule has fired: minutes matter more than the remaining answers.
 */
public final class QuestionFlow {

    /** Every question in asking order, the follow-up included. */
    public static final List<Question> ORDER = List.of(
            Question.AGE_BAND,
            Question.CHEST_PAIN,
            Question.SUDDEN_NEURO,
            Question.WORST_HEADACHE,
            Question.LIMB_WEAKNESS,
            Question.BOWEL_BLADDER,
            Question.HEADACHE,
            Question.NECK_FLEXION,
            Question.FEVER,
            Question.RASH,
            Question.INJURY,
            Question.INJURY_MAJOR,
            Question.NUMBNESS,
            Question.SEVERE_PAIN,
            Question.NOT_IMPROVING,
            Question.RECURRING,
            Question.HEAD_TWISTED,
            Question.DIZZINESS,
            Question.SERIOUS_HISTORY,
            Question.PAIN_SCORE,
            Question.DURATION,
            Question.CAUSES);

    private QuestionFlow() {
    }

    /** Whether the question is asked at all, given the answers so far. */
    public static boolean applies(Question question, Answers answers) {
        return question != Question.INJURY_MAJOR || answers.flagged(Question.INJURY);
    }

    /** The questions this patient will be asked, given what they answered so far. */
    public static List<Question> planned(Answers answers) {
        List<Question> planned = new ArrayList<>();
        for (Question question : ORDER) {
            if (applies(question, answers)) {
                planned.add(question);
            }
        }
        return planned;
    }

    /**
     * The first question still to answer, or empty when the wizard should show the result:
     * every question answered, or an EMERGENCY rule has fired.
     */
    public static Optional<Question> next(Answers answers) {
        if (Triage.emergencyReached(answers)) {
            return Optional.empty();
        }
        for (Question question : planned(answers)) {
            if (!answers.isAnswered(question)) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    /**
     * The question after {@code current}, once it is answered (going forward again after
     * Back), or empty when the wizard should show the result.
     */
    public static Optional<Question> after(Question current, Answers answers) {
        if (Triage.emergencyReached(answers)) {
            return Optional.empty();
        }
        List<Question> planned = planned(answers);
        int index = planned.indexOf(current);
        return index + 1 < planned.size() ? Optional.of(planned.get(index + 1)) : Optional.empty();
    }

    /** The question before {@code current}, or empty on the first one. */
    public static Optional<Question> before(Question current, Answers answers) {
        List<Question> planned = planned(answers);
        int index = planned.indexOf(current);
        return index > 0 ? Optional.of(planned.get(index - 1)) : Optional.empty();
    }

    /** Every question that applies has an answer. */
    public static boolean complete(Answers answers) {
        return planned(answers).stream().allMatch(answers::isAnswered);
    }

    /** 1-based position of {@code current} among the planned questions, for "3 of 22". */
    public static int position(Question current, Answers answers) {
        return planned(answers).indexOf(current) + 1;
    }
}
