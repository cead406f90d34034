package com.neckkiosk.store;

import com.neckkiosk.content.Language;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Exercise;
import com.neckkiosk.triage.Question;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One anonymous kiosk visit as the store keeps it. Privacy by construction: there is no
 * field for a name or free text, and the start is only the hour.
 *
 * @param id             random id (UUID) chosen by the kiosk; saving again replaces the row
 * @param startedHour    local clock hour the visit started in; minutes and seconds must be zero
 * @param kioskId        which kiosk
 * @param language       the language the visit ended in
 * @param stepsReached   how many wizard steps the patient saw
 * @param answers        answer ids as {@link com.neckkiosk.triage.Answers#asIds()} gives them
 * @param helpRequested  the "I need help now" button was used
 * @param disposition    the result, or null when the visit ended before one
 * @param reasons        reason ids as the spec writes them ({@code numbness?})
 * @param exercises      the exercises on the sheet
 * @param outcome        completed, abandoned or timed out
 * @param lastStep       the step the visit ended on ({@code age_band}, {@code result}, ...)
 * @param sheet          whether a sheet was printed, failed, or not asked for
 * @param visitCode      the short code shown to the patient; kept for the day only
 * @param durationSeconds whole seconds from first tap to the end
 * @param demo           synthetic data from {@code seed-demo-data}, never a real patient
 */
public record VisitRecord(
        String id,
        LocalDateTime startedHour,
        String kioskId,
        Language language,
        int stepsReached,
        Map<Question, String> answers,
        boolean helpRequested,
        Disposition disposition,
        List<String> reasons,
        List<Exercise> exercises,
        Outcome outcome,
        String lastStep,
        SheetStatus sheet,
        String visitCode,
        long durationSeconds,
        boolean demo) {

    public enum Outcome {
        COMPLETED,
        ABANDONED,
        TIMED_OUT
    }

    public enum SheetStatus {
        NOT_PRINTED,
        PRINTED,
        PRINT_FAILED
    }

    public VisitRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedHour, "startedHour");
        if (!startedHour.equals(startedHour.truncatedTo(ChronoUnit.HOURS))) {
            throw new IllegalArgumentException("a visit keeps only the hour it started, not " + startedHour);
        }
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(language, "language");
        answers = answers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(answers));
        reasons = List.copyOf(reasons);
        exercises = List.copyOf(exercises);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(lastStep, "lastStep");
        Objects.requireNonNull(sheet, "sheet");
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("durationSeconds < 0");
        }
    }

    /** The same visit with a new sheet status (after printing). */
    public VisitRecord withSheet(SheetStatus status) {
        return new VisitRecord(id, startedHour, kioskId, language, stepsReached, answers, helpRequested,
                disposition, reasons, exercises, outcome, lastStep, status, visitCode, durationSeconds, demo);
    }
}
