package com.neckkiosk.ui.wizard;

import com.neckkiosk.triage.AgeBand;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Cause;
import com.neckkiosk.triage.EpisodeLength;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Reply;
import java.util.Map;
import java.util.Set;

/**
 * A made-up patient's answer to one question, for the tools that walk the wizard without one
 * (the screenshots, the warm-up): an adult, pain 3, a few days, the given causes, and "No" to
 * every warning sign except those in {@code replies}.
 */
final class SampleAnswers {

    private SampleAnswers() {
    }

    static Answers answer(Answers answers, Question question, Map<Question, Reply> replies, Set<Cause> causes) {
        return switch (question.kind()) {
            case AGE_BAND -> answers.withAgeBand(AgeBand.ADULT);
            case PAIN_SCORE -> answers.withPainScore(3);
            case DURATION -> answers.withDuration(EpisodeLength.DAYS);
            case CAUSES -> answers.withCauses(causes);
            default -> answers.with(question, replies.getOrDefault(question, Reply.NO));
        };
    }
}
