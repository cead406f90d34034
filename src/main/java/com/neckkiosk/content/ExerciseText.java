package com.neckkiosk.content;

import java.util.List;

/** An exercise in one language: its name, what it is for, the dose and three to five steps. */
public record ExerciseText(String name, String purpose, String dose, List<String> steps) {

    public ExerciseText {
        steps = List.copyOf(steps);
    }
}
