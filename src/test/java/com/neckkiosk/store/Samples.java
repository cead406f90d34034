package com.neckkiosk.store;

import com.neckkiosk.content.Language;
import com.neckkiosk.store.VisitRecord.Outcome;
import com.neckkiosk.store.VisitRecord.SheetStatus;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Exercise;
import com.neckkiosk.triage.Question;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Visits and alerts for store tests, every field set to something that would show a mix-up. */
final class Samples {

    static final LocalDate DAY = LocalDate.of(2026, 3, 14);
    static final LocalDateTime NINE_AM = DAY.atTime(9, 0);

    private Samples() {
    }

    static Map<Question, String> answers(String causes) {
        Map<Question, String> answers = new EnumMap<>(Question.class);
        answers.put(Question.AGE_BAND, "18_64");
        answers.put(Question.NUMBNESS, "unsure");
        answers.put(Question.FEVER, "yes");
        answers.put(Question.INJURY, "no");
        answers.put(Question.PAIN_SCORE, "10");
        answers.put(Question.DURATION, "weeks");
        answers.put(Question.CAUSES, causes);
        return answers;
    }

    /** An URGENT visit with reasons, exercises in a deliberately non-default order, and a code. */
    static VisitRecord visit(String id) {
        return new VisitRecord(id, NINE_AM, "K7", Language.ES, 12, answers("stress,posture"), false,
                Disposition.URGENT, List.of("fever", "numbness?", "pain_score_9_plus"),
                List.of(Exercise.POSTERIOR_SHOULDER_STRETCH, Exercise.OSTRICH),
                Outcome.COMPLETED, "result", SheetStatus.PRINT_FAILED, "K7-3", 187, true);
    }

    /** A visit that ended before any answer: no disposition, no code, nothing in the lists. */
    static VisitRecord abandonedVisit(String id) {
        return new VisitRecord(id, NINE_AM.plusHours(1), "K7", Language.EN, 1, Map.of(), false,
                null, List.of(), List.of(), Outcome.TIMED_OUT, "age_band", SheetStatus.NOT_PRINTED, null, 0, false);
    }

    static VisitRecord withCode(VisitRecord visit, String code, LocalDateTime hour) {
        return new VisitRecord(visit.id(), hour, visit.kioskId(), visit.language(), visit.stepsReached(),
                visit.answers(), visit.helpRequested(), visit.disposition(), visit.reasons(), visit.exercises(),
                visit.outcome(), visit.lastStep(), visit.sheet(), code, visit.durationSeconds(), visit.demo());
    }

    static AlertRecord alert(String id, VisitRecord visit, Instant raisedAt) {
        return new AlertRecord(id, visit.id(), Disposition.EMERGENCY, List.of("help_requested", "numbness?"),
                visit.visitCode() == null ? "K7-1" : visit.visitCode(), visit.kioskId(), raisedAt, null);
    }
}
