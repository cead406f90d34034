package com.neckkiosk.ui.wizard;

import com.neckkiosk.content.Language;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.triage.Answers;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * One patient's visit, from the first tap to the result or the wipe. The wizard drops the
 * whole object when the visit ends, so nothing of it can be reached by the next patient.
 */
final class Visit {

    final String id = UUID.randomUUID().toString();
    final Instant started;
    final LocalDateTime startedHour;
    Language language;
    Answers answers = Answers.none();
    /** Step ids seen, in order: {@code intro}, {@code age_band}, ... */
    final Set<String> stepsSeen = new LinkedHashSet<>();
    /** Set once the result is reached; the visit is then logged as completed. */
    Result result;
    /** The visit as last stored with its code, re-saved when the sheet prints or fails. */
    VisitRecord stored;
    /** The patient's one print of the sheet. */
    PrintState print = PrintState.UNAVAILABLE;

    Visit(Language language, Instant started, LocalDateTime startedAt) {
        this.language = language;
        this.started = started;
        this.startedHour = startedAt.truncatedTo(ChronoUnit.HOURS);
    }
}
