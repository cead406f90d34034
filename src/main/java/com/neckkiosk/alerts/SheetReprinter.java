package com.neckkiosk.alerts;

import com.neckkiosk.store.VisitRecord;
import java.util.concurrent.CompletableFuture;

/**
 * Prints a visit's take-home sheet again at the front desk, regenerated from the stored
 * answer ids (nothing personal is stored to make this possible). The console calls it off
 * the event dispatch thread and shows the outcome.
 *
 * <p>The console's is {@code print.FrontDeskReprint}; tests pass their own.
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
}
