package com.neckkiosk.ui.staffexit;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.print.PrintOutcome;
import com.neckkiosk.print.Sheet;
import com.neckkiosk.print.SheetLayout;
import com.neckkiosk.print.SheetPrinter;
import com.neckkiosk.selftest.CheckResult;
import com.neckkiosk.selftest.SelfTest;
import com.neckkiosk.triage.AgeBand;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Cause;
import com.neckkiosk.triage.EpisodeLength;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.QuestionFlow;
import com.neckkiosk.triage.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * What the staff menu does outside the window. The two slow ones block and are run off the
 * EDT by the menu; {@code exit} ends the process (a test passes a recorder instead).
 *
 * @param exit     {@link #LEAVE} to leave kiosk mode, {@link #RESTART} to be started again
 * @param testPage prints a test page and says how it went (blocks until the print system answers)
 * @param selfTest runs the self-test checks (blocks)
 */
public record StaffActions(IntConsumer exit, Supplier<PrintOutcome> testPage, Supplier<List<CheckResult>> selfTest) {

    /** Leave kiosk mode: a normal end. */
    public static final int LEAVE = 0;
    /**
     * Restart: a code of its own, so logs tell it from a crash. The unit restarts the kiosk on
     * any exit ({@code Restart=always}); run by hand, the launcher can loop on it.
     */
    public static final int RESTART = 75;

    /**
     * Where the installed unit looks before each start: while this file exists the kiosk stays
     * stopped (it is in /run, so a restart of the PC brings the kiosk back).
     */
    static final String LEAVE_MARKER_VARIABLE = "NECK_KIOSK_LEAVE_MARKER";

    /** The real thing: {@code System.exit}, the configured queue, the self-test. */
    public static StaffActions of(ClinicConfig config) {
        return new StaffActions(code -> {
            if (code == LEAVE) {
                markLeft(System.getenv(LEAVE_MARKER_VARIABLE));
            }
            System.exit(code);
        }, () -> printTestPage(config), () -> SelfTest.run(config));
    }

    /**
     * Leaves the marker that keeps the installed unit from starting the kiosk again (its
     * {@code Restart=always} would otherwise bring it straight back). Not set outside the unit.
     */
    static void markLeft(String marker) {
        if (marker == null || marker.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(marker), "left kiosk mode from the staff menu\n");
        } catch (IOException | RuntimeException e) {
            System.err.println("kiosk: could not write " + marker + " (" + e.getMessage()
                    + "); the service will start the kiosk again");
        }
    }

    /** A sample sheet (a neck strain seen as self-care) with the code TEST, on the configured queue and paper. */
    static PrintOutcome printTestPage(ClinicConfig config) {
        try (SheetPrinter printer = new SheetPrinter(Duration.ofSeconds(config.printTimeoutSeconds()))) {
            Sheet sheet = Sheet.of(config, sampleAnswers(), config.defaultLanguage(), "TEST", LocalDate.now());
            CompletableFuture<PrintOutcome> outcome = printer.print(SheetLayout.of(sheet), config.printerQueue(),
                    "neck-kiosk-test-page");
            return outcome.join();
        }
    }

    /** An adult with no warning sign, pain 3 for a few days, from posture: the commonest sheet. */
    static Answers sampleAnswers() {
        Answers answers = Answers.none();
        for (Optional<Question> next = QuestionFlow.next(answers); next.isPresent(); next = QuestionFlow.next(answers)) {
            switch (next.get().kind()) {
                case AGE_BAND -> answers = answers.withAgeBand(AgeBand.ADULT);
                case PAIN_SCORE -> answers = answers.withPainScore(3);
                case DURATION -> answers = answers.withDuration(EpisodeLength.DAYS);
                case CAUSES -> answers = answers.withCauses(Set.of(Cause.POSTURE));
                default -> answers = answers.with(next.get(), Reply.NO);
            }
        }
        return answers;
    }
}
