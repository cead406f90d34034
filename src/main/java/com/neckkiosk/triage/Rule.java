package com.neckkiosk.triage;

import java.util.function.Predicate;

/**
 * The triage rules of the clinical contract, in the order the spec lists them
 * (EMERGENCY, then URGENT, then SEE_DOCTOR), which is also the order of reasons.
 * A rule about a single yes/no/unsure question names that question, so its reason can
 * carry the {@code ?} of an unsure answer; combined rules never do.
 */
public enum Rule {
    HELP_REQUESTED(Disposition.EMERGENCY, "help_requested", Answers::helpRequested),
    BOWEL_BLADDER(Disposition.EMERGENCY, Question.BOWEL_BLADDER),
    LIMB_WEAKNESS(Disposition.EMERGENCY, Question.LIMB_WEAKNESS),
    WORST_HEADACHE(Disposition.EMERGENCY, Question.WORST_HEADACHE),
    SUDDEN_NEURO(Disposition.EMERGENCY, Question.SUDDEN_NEURO),
    CHEST_PAIN(Disposition.EMERGENCY, Question.CHEST_PAIN),
    MENINGITIS_SIGNS(Disposition.EMERGENCY, "meningitis_signs",
            a -> a.flagged(Question.NECK_FLEXION) && a.flagged(Question.HEADACHE)
                    && (a.flagged(Question.FEVER) || a.flagged(Question.RASH))),
    INJURY_MAJOR(Disposition.EMERGENCY, Question.INJURY_MAJOR),
    INJURY_OLDER_ADULT(Disposition.EMERGENCY, "injury_older_adult",
            a -> a.flagged(Question.INJURY) && a.ageBand().orElse(null) == AgeBand.OLDER_ADULT),
    INJURY_WITH_NUMBNESS(Disposition.EMERGENCY, "injury_with_numbness",
            a -> a.flagged(Question.INJURY) && a.flagged(Question.NUMBNESS)),

    INJURY(Disposition.URGENT, Question.INJURY),
    NUMBNESS(Disposition.URGENT, Question.NUMBNESS),
    FEVER(Disposition.URGENT, Question.FEVER),
    RASH_WITH_HEADACHE(Disposition.URGENT, "rash_with_headache",
            a -> a.flagged(Question.RASH) && a.flagged(Question.HEADACHE)),
    SEVERE_PAIN(Disposition.URGENT, Question.SEVERE_PAIN),
    PAIN_SCORE_9_PLUS(Disposition.URGENT, "pain_score_9_plus", a -> a.painScore().orElse(0) >= 9),

    NOT_IMPROVING(Disposition.SEE_DOCTOR, Question.NOT_IMPROVING),
    RECURRING(Disposition.SEE_DOCTOR, Question.RECURRING),
    HEAD_TWISTED(Disposition.SEE_DOCTOR, Question.HEAD_TWISTED),
    DIZZINESS(Disposition.SEE_DOCTOR, Question.DIZZINESS),
    RASH(Disposition.SEE_DOCTOR, Question.RASH),
    SERIOUS_HISTORY(Disposition.SEE_DOCTOR, Question.SERIOUS_HISTORY),
    LONG_DURATION(Disposition.SEE_DOCTOR, "long_duration",
            a -> a.duration().map(EpisodeLength::isLong).orElse(false)),
    UNDER_18(Disposition.SEE_DOCTOR, "under_18", a -> a.ageBand().orElse(null) == AgeBand.UNDER_18);

    private final Disposition level;
    private final String id;
    private final Question question;
    private final Predicate<Answers> fires;

    Rule(Disposition level, Question question) {
        this(level, question.id(), question, a -> a.flagged(question));
    }

    Rule(Disposition level, String id, Predicate<Answers> fires) {
        this(level, id, null, fires);
    }

    Rule(Disposition level, String id, Question question, Predicate<Answers> fires) {
        this.level = level;
        this.id = id;
        this.question = question;
        this.fires = fires;
    }

    public Disposition level() {
        return level;
    }

    /** The reason id, without any {@code ?}. */
    public String id() {
        return id;
    }

    /**
     * Whether this rule fires on the answers given so far; an unanswered question never
     * makes a rule fire.
     */
    public boolean firesOn(Answers answers) {
        return fires.test(answers);
    }

    /** Fired on an {@code unsure} answer to its one question: the reason shows a {@code ?}. */
    boolean firedOnUnsure(Answers answers) {
        return question != null && answers.isUnsure(question);
    }
}
