package com.neckkiosk.store;

import com.neckkiosk.triage.Question;
import java.sql.SQLDataException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A visit's answers as rows: one per question, and for {@code causes} one per cause, so
 * statistics can count causes with plain SQL. An empty causes answer is a single row with
 * the empty string, so "answered, none chosen" stays apart from "not answered".
 */
final class AnswerRows {

    /** One stored answer; {@code position} orders the causes. */
    record Row(String questionId, int position, String answer) {
    }

    private AnswerRows() {
    }

    static List<Row> rowsOf(Map<Question, String> answers) {
        List<Row> rows = new ArrayList<>();
        answers.forEach((question, answer) -> {
            if (question == Question.CAUSES) {
                rows.addAll(causeRows(answer));
            } else {
                rows.add(new Row(question.id(), 0, StoredIds.check(StoredIds.ANSWER, "answer to " + question.id(), answer)));
            }
        });
        return rows;
    }

    private static List<Row> causeRows(String causes) {
        if (causes.isEmpty()) {
            return List.of(new Row(Question.CAUSES.id(), 0, ""));
        }
        List<Row> rows = new ArrayList<>();
        String[] items = causes.split(",", -1);
        for (int i = 0; i < items.length; i++) {
            rows.add(new Row(Question.CAUSES.id(), i, StoredIds.check(StoredIds.ANSWER, "each of the causes", items[i])));
        }
        return rows;
    }

    /** @param rows in question and position order */
    static Map<Question, String> answersOf(List<Row> rows) throws SQLDataException {
        Map<Question, String> answers = new EnumMap<>(Question.class);
        for (Row row : rows) {
            Question question = StoredIds.question(row.questionId());
            answers.merge(question, row.answer(), (earlier, cause) -> earlier + "," + cause);
        }
        return answers;
    }
}
