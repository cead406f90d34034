package com.neckkiosk.triage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test answers written as answers-file lines. {@link #baseline()} is a complete file for
 * an adult with no warning signs (pain 4, a few days): SELF_CARE. Each test changes only
 * what it is about.
 */
final class Cases {

    private final Map<String, String> lines = new LinkedHashMap<>();

    private Cases() {
    }

    static Cases baseline() {
        Cases cases = new Cases();
        cases.lines.put("age_band", "18_64");
        for (Question question : Question.values()) {
            if (question.kind() == Question.Kind.REPLY && question != Question.INJURY_MAJOR) {
                cases.lines.put(question.id(), "no");
            }
        }
        cases.lines.put("pain_score", "4");
        cases.lines.put("duration", "days");
        cases.lines.put("causes", "");
        return cases;
    }

    /** Sets {@code id=value}, e.g. {@code with("numbness", "unsure")}. */
    Cases with(String id, String value) {
        lines.put(id, value);
        return this;
    }

    Cases without(String id) {
        lines.remove(id);
        return this;
    }

    String text() {
        StringBuilder text = new StringBuilder();
        lines.forEach((id, value) -> text.append(id).append('=').append(value).append('\n'));
        return text.toString();
    }

    Answers answers() {
        try {
            return AnswersFile.parse("case.properties", text());
        } catch (AnswersFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    Assessment assess() {
        return Triage.assess(answers());
    }
}
