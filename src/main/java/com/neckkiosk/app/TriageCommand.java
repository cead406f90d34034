package com.neckkiosk.app;

import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.AnswersFile;
import com.neckkiosk.triage.AnswersFileException;
import com.neckkiosk.triage.Assessment;
import com.neckkiosk.triage.Exercise;
import com.neckkiosk.triage.Triage;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** {@code triage ANSWERS_FILE}: the clinical rules without a screen, output exactly as the spec gives. */
public final class TriageCommand {

    static final String USAGE = "usage: neck-kiosk triage ANSWERS_FILE";

    private TriageCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println(args.isEmpty()
                    ? "triage: no answers file given; " + USAGE
                    : "triage: expected one answers file, got " + args.size() + " arguments " + args + "; " + USAGE);
            return ExitCode.BAD_INPUT;
        }
        try {
            Answers answers = AnswersFile.read(Path.of(args.get(0)));
            out.print(format(Triage.assess(answers)));
            out.flush();
            return ExitCode.OK;
        } catch (AnswersFileException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (InvalidPathException e) {
            err.println(args.get(0) + ": not a valid file name: " + e.getReason());
            return ExitCode.BAD_INPUT;
        }
    }

    /** The three lines of the spec's output. */
    public static String format(Assessment assessment) {
        List<String> reasons = assessment.reasonIds();
        String exercises = assessment.exercises().stream().map(Exercise::id).collect(Collectors.joining(", "));
        return "disposition: " + assessment.disposition() + "\n"
                + "reasons: " + (reasons.isEmpty() ? "none" : String.join(", ", reasons)) + "\n"
                + "exercises: " + (exercises.isEmpty() ? "none" : exercises) + "\n";
    }
}
