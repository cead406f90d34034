package com.neckkiosk.print;

import com.neckkiosk.config.PaperSize;
import com.neckkiosk.store.PrinterNotice.Problem;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterState;

/**
 * Prints sheets through the Java Print Service to a named queue or the system default, with no
 * dialog and never on the calling thread. Every fault becomes a {@link PrintOutcome} naming
 * the {@link Problem}; the returned future never completes exceptionally, so a caller always
 * has something calm to show. "Printed" means the print system accepted the whole job.
 */
public final class SheetPrinter implements AutoCloseable {

    static {
        // look the queues up afresh each time: a queue staff add or fix works at the next tap,
        // and one that was removed is reported as missing (Java otherwise polls every 2 minutes)
        if (System.getProperty("sun.java2d.print.polling") == null) {
            System.setProperty("sun.java2d.print.polling", "false");
        }
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration timeout;
    private final ExecutorService jobs = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "sheet-printer-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** @param timeout a job not accepted by then counts as {@link Problem#TIMED_OUT} */
    public SheetPrinter(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Prints the sheet on {@code queue} (empty: the system default), in the background.
     * The job is named {@code neck-sheet-VISITCODE} so staff can tell it in the queue.
     */
    public CompletableFuture<PrintOutcome> print(Sheet sheet, String queue) {
        String name = "neck-sheet-" + (sheet.visitCode() == null ? "no-code" : sheet.visitCode());
        return print(SheetLayout.of(sheet), queue, name);
    }

    /** As {@link #print(Sheet, String)}, for a layout already made, under a job name of the caller's choosing. */
    public CompletableFuture<PrintOutcome> print(SheetLayout layout, String queue, String jobName) {
        String printer = queue == null ? "" : queue.trim();
        CompletableFuture<PrintOutcome> outcome = new CompletableFuture<>();
        try {
            jobs.execute(() -> outcome.complete(printNow(layout, printer, jobName)));
        } catch (RuntimeException closed) {
            outcome.complete(PrintOutcome.failed(printer, Problem.JOB_REFUSED, "the kiosk's printer is shut down"));
        }
        return outcome.completeOnTimeout(PrintOutcome.failed(printer, Problem.TIMED_OUT,
                "no answer from the print system within " + timeout.toSeconds() + " s"),
                timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Finds the queue, checks it is working, hands the job over; blocks until the print system answers. */
    static PrintOutcome printNow(SheetLayout layout, String queue, String jobName) {
        PrintService service;
        if (queue.isEmpty()) {
            service = PrintServiceLookup.lookupDefaultPrintService();
            if (service == null) {
                return PrintOutcome.failed("", Problem.NO_PRINTER,
                        "no printer queue is configured and the system has no default printer (or CUPS is not running)");
            }
        } else {
            service = find(queue);
            if (service == null) {
                return PrintOutcome.failed(queue, Problem.QUEUE_MISSING,
                        "no print queue named '" + queue + "' (or CUPS is not running)");
            }
        }
        String printer = queue.isEmpty() ? service.getName() : queue;
        if (service.getAttribute(PrinterIsAcceptingJobs.class) == PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS) {
            return PrintOutcome.failed(printer, Problem.QUEUE_DISABLED, "the queue is not accepting jobs");
        }
        if (service.getAttribute(PrinterState.class) == PrinterState.STOPPED || cupsSaysDisabled(printer)) {
            return PrintOutcome.failed(printer, Problem.QUEUE_DISABLED, "the queue is stopped or not accepting jobs");
        }
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new SheetPrintable(layout));
            job.print(attributes(layout.sheet().paper(), jobName));
            return PrintOutcome.printed(printer);
        } catch (PrinterException e) {
            return PrintOutcome.failed(printer, Problem.JOB_REFUSED, e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (RuntimeException e) {
            return PrintOutcome.failed(printer, Problem.JOB_REFUSED, e.toString());
        }
    }

    /**
     * Java's CUPS services do not report the printer state (and keep an old "accepting"), so
     * ask CUPS: {@code lpstat -p -a} says "disabled" for a stopped queue (cupsdisable) and "not
     * accepting" for one that refuses jobs (cupsreject). Without lpstat the check is skipped.
     */
    static boolean cupsSaysDisabled(String queue) {
        try {
            ProcessBuilder builder = new ProcessBuilder("lpstat", "-p", queue, "-a", queue).redirectErrorStream(true);
            builder.environment().put("LC_ALL", "C");
            Process lpstat = builder.start();
            String said = new String(lpstat.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!lpstat.waitFor(5, TimeUnit.SECONDS)) {
                lpstat.destroyForcibly();
                return false;
            }
            return said.lines().anyMatch(line -> line.startsWith("printer " + queue + " ") && line.contains("disabled")
                    || line.startsWith(queue + " not accepting"));
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static PrintService find(String queue) {
        for (PrintService service : PrintServiceLookup.lookupPrintServices(null, null)) {
            if (service.getName().equals(queue)) {
                return service;
            }
        }
        return null;
    }

    private static PrintRequestAttributeSet attributes(PaperSize paper, String jobName) {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(paper == PaperSize.A4 ? MediaSizeName.ISO_A4 : MediaSizeName.NA_LETTER);
        attributes.add(OrientationRequested.PORTRAIT);
        attributes.add(new Copies(1));
        attributes.add(new JobName(jobName, null));
        return attributes;
    }

    /** Stops taking jobs; a job already with the print system is left to finish. */
    @Override
    public void close() {
        jobs.shutdown();
    }
}
