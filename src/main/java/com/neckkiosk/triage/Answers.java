package com.neckkiosk.triage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one patient has answered so far. Immutable: every change returns a new value, so
 * the wizard can step back by keeping older values, and nothing leaks between visits.
 */
public final class Answers {

    private static final Answers NONE = new Answers(new EnumMap<>(Question.class), null, null, null, null, false);

    private final EnumMap<Question, Reply> replies;
    private final AgeBand ageBand;
    private final Integer painScore;
    private final EpisodeLength duration;
    private final Set<Cause> causes;
    private final boolean helpRequested;

    private Answers(EnumMap<Question, Reply> replies, AgeBand ageBand, Integer painScore,
                    EpisodeLength duration, Set<Cause> causes, boolean helpRequested) {
        this.replies = replies;
        this.ageBand = ageBand;
        this.painScore = painScore;
        this.duration = duration;
        this.causes = causes;
        this.helpRequested = helpRequested;
    }

    public static Answers none() {
        return NONE;
    }

    /**
     * Records a yes/no/unsure answer. Answering {@code injury} with no withdraws any
     * answer to its follow-up, which is only asked after yes or unsure.
     */
    public Answers with(Question question, Reply reply) {
        if (question.kind() != Question.Kind.REPLY) {
            throw new IllegalArgumentException(question + " is not a yes/no/unsure question");
        }
        EnumMap<Question, Reply> copy = new EnumMap<>(replies);
        copy.put(question, Objects.requireNonNull(reply, "reply"));
        if (question == Question.INJURY && !reply.flagged()) {
            copy.remove(Question.INJURY_MAJOR);
        }
        return new Answers(copy, ageBand, painScore, duration, causes, helpRequested);
    }

    public Answers withAgeBand(AgeBand band) {
        return new Answers(replies, Objects.requireNonNull(band, "band"), painScore, duration, causes, helpRequested);
    }

    /** @throws IllegalArgumentException unless 0 to 10 */
    public Answers withPainScore(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("pain_score must be 0 to 10, was " + score);
        }
        return new Answers(replies, ageBand, score, duration, causes, helpRequested);
    }

    public Answers withDuration(EpisodeLength length) {
        return new Answers(replies, ageBand, painScore, Objects.requireNonNull(length, "length"), causes, helpRequested);
    }

    /** Records the causes; an empty set is a valid answer ("none of these"). */
    public Answers withCauses(Set<Cause> chosen) {
        Set<Cause> copy = chosen.isEmpty() ? EnumSet.noneOf(Cause.class) : EnumSet.copyOf(chosen);
        return new Answers(replies, ageBand, painScore, duration, Collections.unmodifiableSet(copy), helpRequested);
    }

    /** The "I need help now" button: EMERGENCY on its own. */
    public Answers withHelpRequested() {
        return new Answers(replies, ageBand, painScore, duration, causes, true);
    }

    /** The same answers without the answer to {@code question} (for going back). */
    public Answers without(Question question) {
        EnumMap<Question, Reply> copy = new EnumMap<>(replies);
        copy.remove(question);
        return new Answers(copy,
                question == Question.AGE_BAND ? null : ageBand,
                question == Question.PAIN_SCORE ? null : painScore,
                question == Question.DURATION ? null : duration,
                question == Question.CAUSES ? null : causes,
                helpRequested);
    }

    public Optional<Reply> reply(Question question) {
        return Optional.ofNullable(replies.get(question));
    }

    /** The spec's f(x): answered yes or unsure. An unanswered question is not flagged. */
    public boolean flagged(Question question) {
        Reply reply = replies.get(question);
        return reply != null && reply.flagged();
    }

    public boolean isUnsure(Question question) {
        return replies.get(question) == Reply.UNSURE;
    }

    public Optional<AgeBand> ageBand() {
        return Optional.ofNullable(ageBand);
    }

    public Optional<Integer> painScore() {
        return Optional.ofNullable(painScore);
    }

    public Optional<EpisodeLength> duration() {
        return Optional.ofNullable(duration);
    }

    /** The chosen causes, or empty when the question was not answered yet. */
    public Optional<Set<Cause>> causes() {
        return Optional.ofNullable(causes);
    }

    public boolean helpRequested() {
        return helpRequested;
    }

    public boolean isAnswered(Question question) {
        switch (question.kind()) {
            case AGE_BAND:
                return ageBand != null;
            case PAIN_SCORE:
                return painScore != null;
            case DURATION:
                return duration != null;
            case CAUSES:
                return causes != null;
            default:
                return replies.containsKey(question);
        }
    }

    /**
     * Every answer given, as ids in the Answers table's order: {@code numbness -> unsure},
     * {@code causes -> posture,stress}. This is what the store keeps and what a staff
     * reprint rebuilds the sheet from.
     */
    public Map<Question, String> asIds() {
        Map<Question, String> ids = new EnumMap<>(Question.class);
        for (Question question : Question.values()) {
            idOf(question).ifPresent(id -> ids.put(question, id));
        }
        return ids;
    }

    private Optional<String> idOf(Question question) {
        switch (question.kind()) {
            case AGE_BAND:
                return ageBand().map(AgeBand::id);
            case PAIN_SCORE:
                return painScore().map(String::valueOf);
            case DURATION:
                return duration().map(EpisodeLength::id);
            case CAUSES:
                return causes().map(Answers::joinCauses);
            default:
                return reply(question).map(Reply::id);
        }
    }

    private static String joinCauses(Set<Cause> chosen) {
        StringBuilder text = new StringBuilder();
        for (Cause cause : chosen) {
            text.append(text.length() == 0 ? "" : ",").append(cause.id());
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers && same((Answers) other);
    }

    private boolean same(Answers that) {
        return helpRequested == that.helpRequested && asIds().equals(that.asIds());
    }

    @Override
    public int hashCode() {
        return Objects.hash(asIds(), helpRequested);
    }

    @Override
    public String toString() {
        return "Answers" + asIds() + (helpRequested ? " + help_requested" : "");
    }
}
