package com.neckkiosk.triage;

import static com.neckkiosk.triage.Question.AGE_BAND;
import static com.neckkiosk.triage.Question.CAUSES;
import static com.neckkiosk.triage.Question.CHEST_PAIN;
import static com.neckkiosk.triage.Question.INJURY;
import static com.neckkiosk.triage.Question.INJURY_MAJOR;
import static com.neckkiosk.triage.Question.NUMBNESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The order the wizard asks in, the follow-up, and the early stop. */
class QuestionFlowTest {

    @Test
    void asksAgeFirstThenTheEmergencyQuestionsMostTimeCriticalFirst() {
        assertThat(QuestionFlow.planned(Answers.none()).subList(0, 13)).containsExactly(
                AGE_BAND, CHEST_PAIN, Question.SUDDEN_NEURO, Question.WORST_HEADACHE, Question.LIMB_WEAKNESS,
                Question.BOWEL_BLADDER, Question.HEADACHE, Question.NECK_FLEXION, Question.FEVER,
                Question.RASH, INJURY, NUMBNESS, Question.SEVERE_PAIN);
    }

    @Test
    void everyQuestionIsInTheOrderOnce() {
        assertThat(QuestionFlow.ORDER).containsExactlyInAnyOrder(Question.values());
    }

    @Test
    void aPatientWhoSaysNoToEverythingIsAskedEverythingButTheFollowUp() {
        Answers answers = Answers.none();
        List<Question> asked = new java.util.ArrayList<>();
        for (Optional<Question> next = QuestionFlow.next(answers); next.isPresent(); next = QuestionFlow.next(answers)) {
            asked.add(next.get());
            answers = answerSafely(answers, next.get(), Reply.NO);
        }
        assertThat(asked).hasSize(Question.values().length - 1).doesNotContain(INJURY_MAJOR).endsWith(CAUSES);
        assertThat(QuestionFlow.complete(answers)).isTrue();
        assertThat(Triage.assess(answers).disposition()).isEqualTo(Disposition.SELF_CARE);
    }

    @ParameterizedTest
    @EnumSource(value = Reply.class, names = {"YES", "UNSURE"})
    void theFollowUpComesRightAfterInjuryOnYesOrUnsure(Reply reply) {
        Answers answers = allNoUpTo(INJURY).with(INJURY, reply);
        assertThat(QuestionFlow.next(answers)).contains(INJURY_MAJOR);
        assertThat(QuestionFlow.after(INJURY, answers)).contains(INJURY_MAJOR);
        assertThat(QuestionFlow.before(NUMBNESS, answers)).contains(INJURY_MAJOR);
        assertThat(QuestionFlow.planned(answers)).hasSize(Question.values().length);
    }

    @Test
    void noFollowUpAfterNo() {
        Answers answers = allNoUpTo(INJURY).with(INJURY, Reply.NO);
        assertThat(QuestionFlow.next(answers)).contains(NUMBNESS);
        assertThat(QuestionFlow.after(INJURY, answers)).contains(NUMBNESS);
        assertThat(QuestionFlow.applies(INJURY_MAJOR, answers)).isFalse();
    }

    @Test
    void changingInjuryToNoWithdrawsTheFollowUpAnswer() {
        Answers answers = allNoUpTo(INJURY).with(INJURY, Reply.YES).with(INJURY_MAJOR, Reply.NO).with(INJURY, Reply.NO);
        assertThat(answers.isAnswered(INJURY_MAJOR)).isFalse();
        Answers keeps = allNoUpTo(INJURY).with(INJURY, Reply.YES).with(INJURY_MAJOR, Reply.NO).with(INJURY, Reply.UNSURE);
        assertThat(keeps.isAnswered(INJURY_MAJOR)).isTrue();
    }

    @ParameterizedTest(name = "{0}=yes stops asking")
    @ValueSource(strings = {"chest_pain", "sudden_neuro", "worst_headache", "limb_weakness", "bowel_bladder"})
    void anEmergencyAnswerStopsTheQuestionsAtOnce(String id) {
        Question question = Question.valueOf(id.toUpperCase());
        Answers answers = allNoUpTo(question).with(question, Reply.YES);
        assertThat(QuestionFlow.next(answers)).isEmpty();
        assertThat(QuestionFlow.after(question, answers)).isEmpty();
        assertThat(QuestionFlow.complete(answers)).isFalse();
        assertThat(Triage.emergencyReached(answers)).isTrue();
    }

    @Test
    void meningitisSignsStopAsSoonAsTheyAreComplete() {
        Answers answers = allNoUpTo(Question.HEADACHE).with(Question.HEADACHE, Reply.YES)
                .with(Question.NECK_FLEXION, Reply.YES);
        assertThat(QuestionFlow.next(answers)).contains(Question.FEVER);
        Answers feverish = answers.with(Question.FEVER, Reply.UNSURE);
        assertThat(QuestionFlow.next(feverish)).isEmpty();
        Answers rash = answers.with(Question.FEVER, Reply.NO).with(Question.RASH, Reply.YES);
        assertThat(QuestionFlow.next(rash)).isEmpty();
    }

    @Test
    void anInjuredOlderAdultStopsBeforeTheFollowUp() {
        Answers answers = allNoUpTo(INJURY).withAgeBand(AgeBand.OLDER_ADULT).with(INJURY, Reply.YES);
        assertThat(QuestionFlow.next(answers)).isEmpty();
    }

    @Test
    void injuryWithNumbnessStopsAfterNumbness() {
        Answers answers = allNoUpTo(INJURY).with(INJURY, Reply.UNSURE).with(INJURY_MAJOR, Reply.NO);
        assertThat(QuestionFlow.next(answers)).contains(NUMBNESS);
        assertThat(QuestionFlow.next(answers.with(NUMBNESS, Reply.UNSURE))).isEmpty();
    }

    @Test
    void helpRequestedStopsTheQuestions() {
        assertThat(QuestionFlow.next(Answers.none().withHelpRequested())).isEmpty();
    }

    @Test
    void urgentAnswersDoNotStopTheQuestions() {
        Answers answers = allNoUpTo(NUMBNESS).with(NUMBNESS, Reply.YES);
        assertThat(QuestionFlow.next(answers)).contains(Question.SEVERE_PAIN);
    }

    @Test
    void backAndForwardWalkThePlannedQuestions() {
        Answers answers = Answers.none();
        assertThat(QuestionFlow.before(AGE_BAND, answers)).isEmpty();
        assertThat(QuestionFlow.after(AGE_BAND, answers)).contains(CHEST_PAIN);
        assertThat(QuestionFlow.before(CHEST_PAIN, answers)).contains(AGE_BAND);
        assertThat(QuestionFlow.after(CAUSES, answers)).isEmpty();
        assertThat(QuestionFlow.before(INJURY_MAJOR, answers)).as("not planned after injury=no").isEmpty();
    }

    @Test
    void positionCountsPlannedQuestions() {
        assertThat(QuestionFlow.position(AGE_BAND, Answers.none())).isEqualTo(1);
        assertThat(QuestionFlow.position(CAUSES, Answers.none())).isEqualTo(21);
        Answers injured = Answers.none().with(INJURY, Reply.YES);
        assertThat(QuestionFlow.position(CAUSES, injured)).isEqualTo(22);
    }

    /** Answers every question before {@code stop} with a safe answer. */
    private static Answers allNoUpTo(Question stop) {
        Answers answers = Answers.none();
        for (Question question : QuestionFlow.ORDER) {
            if (question == stop) {
                break;
            }
            if (QuestionFlow.applies(question, answers)) {
                answers = answerSafely(answers, question, Reply.NO);
            }
        }
        return answers;
    }

    private static Answers answerSafely(Answers answers, Question question, Reply reply) {
        switch (question.kind()) {
            case AGE_BAND:
                return answers.withAgeBand(AgeBand.ADULT);
            case PAIN_SCORE:
                return answers.withPainScore(3);
            case DURATION:
                return answers.withDuration(EpisodeLength.DAYS);
            case CAUSES:
                return answers.withCauses(EnumSet.noneOf(Cause.class));
            default:
                return answers.with(question, reply);
        }
    }
}
