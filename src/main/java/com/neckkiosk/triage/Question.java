package com.neckkiosk.triage;

/**
 * Every question of the clinical contract, in the order of the spec's Answers table
 * (which is also the order faults in an answers file are reported in). The order the
 * wizard asks them in is {@link QuestionFlow}'s business.
 */
public enum Question {
    AGE_BAND("age_band", Kind.AGE_BAND),
    INJURY("injury", Kind.REPLY),
    INJURY_MAJOR("injury_major", Kind.REPLY),
    LIMB_WEAKNESS("limb_weakness", Kind.REPLY),
    NUMBNESS("numbness", Kind.REPLY),
    BOWEL_BLADDER("bowel_bladder", Kind.REPLY),
    FEVER("fever", Kind.REPLY),
    RASH("rash", Kind.REPLY),
    HEADACHE("headache", Kind.REPLY),
    NECK_FLEXION("neck_flexion", Kind.REPLY),
    WORST_HEADACHE("worst_headache", Kind.REPLY),
    SUDDEN_NEURO("sudden_neuro", Kind.REPLY),
    CHEST_PAIN("chest_pain", Kind.REPLY),
    SEVERE_PAIN("severe_pain", Kind.REPLY),
    NOT_IMPROVING("not_improving", Kind.REPLY),
    RECURRING("recurring", Kind.REPLY),
    HEAD_TWISTED("head_twisted", Kind.REPLY),
    DIZZINESS("dizziness", Kind.REPLY),
    SERIOUS_HISTORY("serious_history", Kind.REPLY),
    PAIN_SCORE("pain_score", Kind.PAIN_SCORE),
    DURATION("duration", Kind.DURATION),
    CAUSES("causes", Kind.CAUSES);

    /** What sort of answer a question takes. */
    public enum Kind {
        AGE_BAND,
        REPLY,
        PAIN_SCORE,
        DURATION,
        CAUSES
    }

    private final String id;
    private final Kind kind;

    Question(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The id as written in answers files and the store, e.g. {@code neck_flexion}. */
    @Override
    public String toString() {
        return id;
    }
}
