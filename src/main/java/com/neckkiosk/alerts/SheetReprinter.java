package com.neckkiosk.alerts;

import com.neckkiosk.store.VisitRecord;
import java.util.concurrent.CompletableFuture;

/**
 * Prints a visit's take-home sheet again at the front desk, regenerated from the stored
 * answer ids (nothing personal is stored to make this possible). The console calls it off
 * the event dispatch thread and shows the outcome.
 *
 * <p>WIRING POINT (lead): the sheet renderer and printer live on the {@code sheet} branch.
 * After merging, pass an implementation backed by them to {@code StaffCommand} (see
 * {@code StaffCommand.reprinter(ClinicConfig)}); until then the console uses
 * {@link #NOT_SET_UP}, which says so plainly.
 */
@FunctionalInterface
public interface SheetReprinter {

    CompletableFuture<Outcome> reprint(VisitRecord visit);

    /** @param problem what went wrong, in words staff can act on; null when printed */
    record Outcome(boolean printed, String problem) {

        public static Outcome done() {
            return new Outcome(true, null);
        }

        public static Outcome failed(String problem) {
            return new Outcome(false, problem);
        }
    }

    SheetReprinter NOT_SET_UP = visit -> CompletableFuture.completedFuture(
            Outcome.failed("printing from the front desk is not set up in this version"));
}
