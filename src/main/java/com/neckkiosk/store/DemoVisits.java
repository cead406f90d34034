package com.neckkiosk.store;

import com.neckkiosk.content.Language;
import com.neckkiosk.store.VisitRecord.Outcome;
import com.neckkiosk.store.VisitRecord.SheetStatus;
import com.neckkiosk.triage.AgeBand;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Assessment;
import com.neckkiosk.triage.Cause;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.EpisodeLength;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.QuestionFlow;
import com.neckkiosk.triage.Reply;
import com.neckkiosk.triage.Triage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Realistic synthetic visits for demos and benchmarks, always marked {@code demo}: each one
 * walks the real question flow with made-up answers (so early stops, the injury follow-up
 * and the dispositions are the triage rules' own), in clinic hours, mostly on weekdays, and
 * some are abandoned or time out part-way. The same seed gives the same visits.
 */
public final class DemoVisits {

    /** How often each warning sign is answered yes; unsure is a third as often. */
    private static final Map<Question, Double> YES = new EnumMap<>(Map.ofEntries(
            Map.entry(Question.CHEST_PAIN, 0.01), Map.entry(Question.SUDDEN_NEURO, 0.008),
            Map.entry(Question.WORST_HEADACHE, 0.01), Map.entry(Question.LIMB_WEAKNESS, 0.015),
            Map.entry(Question.BOWEL_BLADDER, 0.004), Map.entry(Question.HEADACHE, 0.2),
            Map.entry(Question.NECK_FLEXION, 0.03), Map.entry(Question.FEVER, 0.02), Map.entry(Question.RASH, 0.02),
            Map.entry(Question.INJURY, 0.05), Map.entry(Question.INJURY_MAJOR, 0.15), Map.entry(Question.NUMBNESS, 0.05),
            Map.entry(Question.SEVERE_PAIN, 0.06), Map.entry(Question.NOT_IMPROVING, 0.2),
            Map.entry(Question.RECURRING, 0.25), Map.entry(Question.HEAD_TWISTED, 0.07),
            Map.entry(Question.DIZZINESS, 0.1), Map.entry(Question.SERIOUS_HISTORY, 0.04)));
    private static final double[] CAUSE_CHANCE = {0.35, 0.3, 0.1, 0.25, 0.15, 0.1, 0.15, 0.3, 0.07, 0.08};
    /** Relative visits per hour from 7:00 to 19:00: a morning and an afternoon peak. */
    private static final int[] HOUR_WEIGHT = {2, 6, 10, 11, 8, 5, 6, 9, 10, 8, 5, 3};
    private static final double ABANDON_PER_STEP = 0.006;
    private static final double TIME_OUT_PER_STEP = 0.004;
    private static final double HELP_PER_STEP = 0.0006;

    private final Random random;
    private final List<String> kioskIds;
    private final DateRange days;

    /** Visits on days from {@code first} to {@code last}, spread over {@code kioskIds}. */
    public DemoVisits(long seed, List<String> kioskIds, LocalDate first, LocalDate last) {
        if (kioskIds.isEmpty()) {
            throw new IllegalArgumentException("at least one kiosk id");
        }
        kioskIds.forEach(id -> StoredIds.check(StoredIds.KIOSK_ID, "kiosk id", id));
        this.random = new Random(seed);
        this.kioskIds = List.copyOf(kioskIds);
        this.days = new DateRange(first, last);
    }

    private record DateRange(LocalDate first, LocalDate last) {
        long length() {
            return last.toEpochDay() - first.toEpochDay() + 1;
        }
    }

    /** The next synthetic visit. */
    public VisitRecord next() {
        LocalDateTime hour = startHour();
        Language language = random.nextDouble() < 0.3 ? Language.ES : Language.EN;
        Answers answers = Answers.none();
        int steps = 1; // the intro
        Outcome outcome = null;
        String lastStep = "intro";
        Optional<Question> question = Optional.empty();
        if (random.nextDouble() >= ABANDON_PER_STEP * 4) {
            question = QuestionFlow.next(answers);
        } else {
            outcome = Outcome.ABANDONED;
        }
        while (outcome == null && question.isPresent()) {
            Question asked = question.get();
            steps++;
            lastStep = asked.id();
            double chance = random.nextDouble();
            if (chance < HELP_PER_STEP) {
                answers = answers.withHelpRequested();
                break;
            } else if (chance < ABANDON_PER_STEP) {
                outcome = Outcome.ABANDONED;
            } else if (chance < ABANDON_PER_STEP + TIME_OUT_PER_STEP) {
                outcome = Outcome.TIMED_OUT;
            } else {
                answers = answer(answers, asked);
                question = QuestionFlow.next(answers);
            }
        }
        Assessment assessment = null;
        SheetStatus sheet = SheetStatus.NOT_PRINTED;
        if (outcome == null) {
            outcome = Outcome.COMPLETED;
            steps++;
            lastStep = "result";
            assessment = Triage.assess(answers);
            if (assessment.disposition() != Disposition.EMERGENCY && random.nextDouble() < 0.8) {
                sheet = random.nextDouble() < 0.04 ? SheetStatus.PRINT_FAILED : SheetStatus.PRINTED;
            }
        }
        long seconds = Math.round(steps * (7 + random.nextGaussian() * 1.5) + (outcome == Outcome.TIMED_OUT ? 90 : 0));
        return new VisitRecord(new UUID(random.nextLong(), random.nextLong()).toString(), hour,
                kioskIds.get(random.nextInt(kioskIds.size())), language, steps, answers.asIds(),
                answers.helpRequested(), assessment == null ? null : assessment.disposition(),
                assessment == null ? List.of() : assessment.reasonIds(),
                assessment == null ? List.of() : assessment.exercises(),
                outcome, lastStep, sheet, null, Math.max(1, seconds), true);
    }

    private LocalDateTime startHour() {
        while (true) {
            LocalDate day = days.first().plusDays((long) (random.nextDouble() * days.length()));
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend && random.nextDouble() > 0.25) {
                continue;
            }
            int total = 0;
            for (int weight : HOUR_WEIGHT) {
                total += weight;
            }
            int pick = random.nextInt(total);
            int hour = 0;
            while (pick >= HOUR_WEIGHT[hour]) {
                pick -= HOUR_WEIGHT[hour++];
            }
            return day.atTime(7 + hour, 0);
        }
    }

    private Answers answer(Answers answers, Question question) {
        switch (question.kind()) {
            case AGE_BAND: {
                double age = random.nextDouble();
                return answers.withAgeBand(age < 0.05 ? AgeBand.UNDER_18 : age < 0.8 ? AgeBand.ADULT : AgeBand.OLDER_ADULT);
            }
            case PAIN_SCORE: {
                int score = (int) Math.round(5 + random.nextGaussian() * 2);
                return answers.withPainScore(Math.max(0, Math.min(10, score)));
            }
            case DURATION: {
                double length = random.nextDouble();
                return answers.withDuration(length < 0.05 ? EpisodeLength.MINUTES : length < 0.25 ? EpisodeLength.HOURS
                        : length < 0.7 ? EpisodeLength.DAYS : length < 0.9 ? EpisodeLength.WEEKS : EpisodeLength.MONTHS);
            }
            case CAUSES: {
                Set<Cause> causes = EnumSet.noneOf(Cause.class);
                Cause[] all = Cause.values();
                for (int i = 0; i < all.length - 1; i++) {
                    if (random.nextDouble() < CAUSE_CHANCE[i]) {
                        causes.add(all[i]);
                    }
                }
                if (causes.isEmpty() && random.nextDouble() < 0.5) {
                    causes.add(Cause.NONE_KNOWN);
                }
                return answers.withCauses(causes);
            }
            default: {
                double yes = YES.getOrDefault(question, 0.05);
                double reply = random.nextDouble();
                return answers.with(question, reply < yes ? Reply.YES : reply < yes * 4 / 3 ? Reply.UNSURE : Reply.NO);
            }
        }
    }
}
