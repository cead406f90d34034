package com.neckkiosk.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswersTest {

    @Test
    void isImmutable() {
        Answers before = Answers.none();
        Answers after = before.with(Question.FEVER, Reply.YES);
        assertThat(before.isAnswered(Question.FEVER)).isFalse();
        assertThat(after.reply(Question.FEVER)).contains(Reply.YES);
    }

    @Test
    void withoutForgetsExactlyOneAnswerOfEachKind() {
        Answers full = Cases.baseline().with("causes", "stress").answers();
        for (Question question : Question.values()) {
            Answers less = full.without(question);
            assertThat(less.isAnswered(question)).as(question.id()).isFalse();
            for (Question other : Question.values()) {
                if (other != question) {
                    assertThat(less.isAnswered(other)).as(other.id()).isEqualTo(full.isAnswered(other));
                }
            }
        }
    }

    @Test
    void asIdsGivesEveryAnswerAsTheSpecWritesIt() {
        Answers answers = Cases.baseline().with("causes", "stress,posture").with("numbness", "unsure").answers();
        assertThat(answers.asIds())
                .containsEntry(Question.AGE_BAND, "18_64")
                .containsEntry(Question.NUMBNESS, "unsure")
                .containsEntry(Question.PAIN_SCORE, "4")
                .containsEntry(Question.DURATION, "days")
                .containsEntry(Question.CAUSES, "posture,stress")
                .doesNotContainKey(Question.INJURY_MAJOR)
                .hasSize(Question.values().length - 1);
        assertThat(Answers.none().withCauses(Set.of()).asIds()).containsEntry(Question.CAUSES, "");
    }

    @Test
    void onlyYesNoUnsureQuestionsTakeAReply() {
        assertThatThrownBy(() -> Answers.none().with(Question.PAIN_SCORE, Reply.YES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pain_score");
    }

    @Test
    void painScoreMustBeZeroToTen() {
        assertThat(Answers.none().withPainScore(0).painScore()).contains(0);
        assertThat(Answers.none().withPainScore(10).painScore()).contains(10);
        assertThatThrownBy(() -> Answers.none().withPainScore(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Answers.none().withPainScore(11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void causesAreCopied() {
        Set<Cause> chosen = EnumSet.of(Cause.STRESS);
        Answers answers = Answers.none().withCauses(chosen);
        chosen.add(Cause.POSTURE);
        assertThat(answers.causes()).contains(Set.of(Cause.STRESS));
    }

    @Test
    void valueEquality() {
        Answers a = Cases.baseline().answers();
        Answers b = Cases.baseline().answers();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo("answers");
        assertThat(a.withHelpRequested()).isNotEqualTo(a);
        assertThat(a.with(Question.FEVER, Reply.UNSURE)).isNotEqualTo(a);
        assertThat(a.toString()).contains("fever=no");
        assertThat(a.withHelpRequested().toString()).endsWith("+ help_requested");
    }

    @Test
    void vocabularyIds() {
        assertThat(Question.NECK_FLEXION).hasToString("neck_flexion");
        assertThat(Reply.UNSURE.flagged()).isTrue();
        assertThat(Reply.NO.flagged()).isFalse();
        assertThat(new Reason(Rule.NUMBNESS, true)).hasToString("numbness?");
        assertThat(Exercise.OSTRICH.gentle()).isTrue();
    }
}
