package com.neckkiosk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.neckkiosk.store.AnswerRows.Row;
import com.neckkiosk.triage.Question;
import java.sql.SQLDataException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerRowsTest {

    @Test
    void causesBecomeOneRowEachInTheOrderGiven() {
        assertThat(AnswerRows.rowsOf(Map.of(Question.CAUSES, "stress,posture,overuse"))).containsExactly(
                new Row("causes", 0, "stress"), new Row("causes", 1, "posture"), new Row("causes", 2, "overuse"));
    }

    @Test
    void anEmptyCausesAnswerIsOneEmptyRow() throws Exception {
        List<Row> rows = AnswerRows.rowsOf(Map.of(Question.CAUSES, ""));
        assertThat(rows).containsExactly(new Row("causes", 0, ""));
        assertThat(AnswerRows.answersOf(rows)).containsExactly(Map.entry(Question.CAUSES, ""));
    }

    @Test
    void rowsReadBackAsTheSameAnswers() throws Exception {
        Map<Question, String> answers = Samples.answers("posture,screen_work");
        assertThat(AnswerRows.answersOf(sorted(AnswerRows.rowsOf(answers)))).isEqualTo(answers);
    }

    @Test
    void anEmptyCauseAmongOthersOrFreeTextIsRefused() {
        assertThatThrownBy(() -> AnswerRows.rowsOf(Map.of(Question.CAUSES, "posture,,stress")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerRows.rowsOf(Map.of(Question.PAIN_SCORE, "about 7")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("answer to pain_score must match");
    }

    @Test
    void anUnknownQuestionInTheDatabaseIsReportedNotGuessed() {
        assertThatThrownBy(() -> AnswerRows.answersOf(List.of(new Row("shoe_size", 0, "9"))))
                .isInstanceOf(SQLDataException.class)
                .hasMessage("unknown question id 'shoe_size' in the database (written by a newer program?)");
    }

    /** As the store reads them back: by question id, then position. */
    private static List<Row> sorted(List<Row> rows) {
        return rows.stream()
                .sorted((a, b) -> a.questionId().equals(b.questionId())
                        ? Integer.compare(a.position(), b.position()) : a.questionId().compareTo(b.questionId()))
                .toList();
    }
}
