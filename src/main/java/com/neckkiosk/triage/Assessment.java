package com.neckkiosk.triage;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of triage: how urgent, why, and what the take-home sheet holds. */
public record Assessment(Disposition disposition, List<Reason> reasons, SheetPlan sheet) {

    public Assessment {
        reasons = List.copyOf(reasons);
    }

    /** The reasons as the spec writes them, e.g. {@code [meningitis_signs, fever]}. */
    public List<String> reasonIds() {
        return reasons.stream().map(Reason::id).collect(Collectors.toList());
    }

    public List<Exercise> exercises() {
        return sheet.exercises();
    }
}
