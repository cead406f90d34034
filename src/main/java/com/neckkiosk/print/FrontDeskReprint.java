package com.neckkiosk.print;

import com.neckkiosk.alerts.SheetReprinter;
import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.store.VisitRecord;
import java.util.concurrent.CompletableFuture;

/**
 * The front desk's "Print again": the visit's sheet rebuilt from its stored answer ids, in
 * the language the patient used, with its visit code and day, printed on the clinic's queue.
 * Triage is run again on those ids, so the sheet says exactly what the kiosk's did.
 */
public final class FrontDeskReprint implements SheetReprinter {

    private final ClinicConfig config;
    private final SheetPrinter printer;

    public FrontDeskReprint(ClinicConfig config, SheetPrinter printer) {
        this.config = config;
        this.printer = printer;
    }

    @Override
    public CompletableFuture<Outcome> reprint(VisitRecord visit) {
        Sheet sheet;
        try {
            sheet = Sheet.of(config, StoredAnswers.of(visit.answers(), visit.helpRequested()), visit.language(),
                    visit.visitCode(), visit.startedHour().toLocalDate());
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(Outcome.failed("cannot rebuild this visit's sheet: " + e.getMessage()));
        }
        return printer.print(sheet, config.printerQueue())
                .thenApply(outcome -> outcome.printed() ? Outcome.done() : Outcome.failed(outcome.toString()));
    }
}
