package com.neckkiosk.bench;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.content.Language;
import com.neckkiosk.print.PrintOutcome;
import com.neckkiosk.print.Sheet;
import com.neckkiosk.print.SheetPrinter;
import com.neckkiosk.triage.AgeBand;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Cause;
import com.neckkiosk.triage.EpisodeLength;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Reply;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * {@code bench print}: from a patient's answers to a job the print system has accepted, the
 * time a patient waits between tapping Print and "Please take your sheet": build the sheet,
 * lay it out, find and check the queue, render the pages and hand them over. The fullest
 * sheet (every exercise, every cause), to the configured queue; 3 warm-up jobs, then 20.
 */
public final class PrintBench {

    static final int WARM_UP = 3;
    static final int RUNS = 20;

    private PrintBench() {
    }

    public static List<Figure> run(ClinicConfig config) throws Exception {
        Answers answers = fullestSelfCare();
        double[] seconds = new double[RUNS];
        try (SheetPrinter printer = new SheetPrinter(Duration.ofSeconds(config.printTimeoutSeconds()))) {
            for (int i = -WARM_UP; i < RUNS; i++) {
                long start = System.nanoTime();
                Sheet sheet = Sheet.of(config, answers, Language.EN, "BENCH-" + (i + WARM_UP + 1), LocalDate.now());
                PrintOutcome outcome = printer.print(sheet, config.printerQueue()).get();
                long end = System.nanoTime();
                if (!outcome.printed()) {
                    throw new IllegalStateException("the print benchmark needs a working printer: " + outcome);
                }
                if (i >= 0) {
                    seconds[i] = (end - start) / 1e9;
                }
            }
        }
        return List.of(new Figure("print-accepted-median", Stats.median(seconds), "s"),
                new Figure("print-accepted-p90", Stats.percentile(seconds, 90), "s"),
                new Figure("print-accepted-max", Stats.max(seconds), "s"));
    }

    /** No warning signs, mild pain, every cause: four exercises and the longest prevention list. */
    static Answers fullestSelfCare() {
        Answers answers = Answers.none().withAgeBand(AgeBand.ADULT);
        for (Question question : Question.values()) {
            if (question.kind() == Question.Kind.REPLY && question != Question.INJURY_MAJOR) {
                answers = answers.with(question, Reply.NO);
            }
        }
        EnumSet<Cause> causes = EnumSet.allOf(Cause.class);
        causes.remove(Cause.NONE_KNOWN);
        return answers.withPainScore(3).withDuration(EpisodeLength.DAYS).withCauses(causes);
    }
}
