package com.neckkiosk.print;

import com.neckkiosk.triage.AgeBand;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Cause;
import com.neckkiosk.triage.EpisodeLength;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Reply;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A visit's answers rebuilt from the ids the store keeps ({@link Answers#asIds()}), so the
 * front desk can print a sheet again without anything personal having been stored. A visit
 * that ended early (an EMERGENCY stop, say) gives the answers it had, which triage assesses
 * as it did on the kiosk.
 */
public final class StoredAnswers {

    private StoredAnswers() {
    }

    /** @throws IllegalArgumentException naming the question when an id is not one this program knows */
    public static Answers of(Map<Question, String> ids, boolean helpRequested) {
        Answers answers = helpRequested ? Answers.none().withHelpRequested() : Answers.none();
        for (Map.Entry<Question, String> answer : ids.entrySet()) {
            Question question = answer.getKey();
            String id = answer.getValue();
            switch (question.kind()) {
                case AGE_BAND:
                    answers = answers.withAgeBand(byId(AgeBand.values(), AgeBand::id, question, id));
                    break;
                case PAIN_SCORE:
                    answers = answers.withPainScore(painScore(question, id));
                    break;
                case DURATION:
                    answers = answers.withDuration(byId(EpisodeLength.values(), EpisodeLength::id, question, id));
                    break;
                case CAUSES:
                    answers = answers.withCauses(causes(question, id));
                    break;
                default:
                    answers = answers.with(question, byId(Reply.values(), Reply::id, question, id));
            }
        }
        return answers;
    }

    private static Set<Cause> causes(Question question, String ids) {
        Set<Cause> chosen = EnumSet.noneOf(Cause.class);
        if (!ids.isEmpty()) {
            for (String id : ids.split(",", -1)) {
                chosen.add(byId(Cause.values(), Cause::id, question, id));
            }
        }
        return chosen;
    }

    private static int painScore(Question question, String id) {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw unknown(question, id);
        }
    }

    private static <T> T byId(T[] options, Function<T, String> idOf, Question question, String id) {
        return Arrays.stream(options).filter(option -> idOf.apply(option).equals(id)).findFirst()
                .orElseThrow(() -> unknown(question, id));
    }

    private static IllegalArgumentException unknown(Question question, String id) {
        return new IllegalArgumentException("stored answer to " + question.id() + " is '" + id
                + "', which this program does not know");
    }
}
