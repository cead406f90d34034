package com.neckkiosk.ui.wizard;

import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.PrinterNotice;
import com.neckkiosk.store.VisitLog;
import com.neckkiosk.store.VisitRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link VisitLog} kept in memory: for screenshots, demos and tests, never a clinic.
 * Thread-safe, since the wizard writes from its background thread.
 */
public final class InMemoryVisitLog implements VisitLog {

    private final Map<String, VisitRecord> visits = new LinkedHashMap<>();
    private final List<AlertRecord> alerts = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final List<PrinterNotice> printerNotices = new ArrayList<>();

    @Override
    public synchronized void save(VisitRecord visit) {
        visits.put(visit.id(), visit);
    }

    @Override
    public synchronized void saveWithAlert(VisitRecord visit, AlertRecord alert) {
        visits.put(visit.id(), visit);
        alerts.add(alert);
    }

    @Override
    public synchronized String nextVisitCode(String kioskId, LocalDate day) {
        int number = counters.merge(kioskId + "/" + day, 1, Integer::sum);
        return kioskId + "-" + number;
    }

    @Override
    public synchronized void recordPrinterNotice(PrinterNotice notice) {
        printerNotices.add(notice);
    }

    public synchronized List<PrinterNotice> printerNotices() {
        return List.copyOf(printerNotices);
    }

    /** The visits saved so far, oldest first (a visit saved again keeps its place). */
    public synchronized List<VisitRecord> visits() {
        return List.copyOf(visits.values());
    }

    public synchronized List<AlertRecord> alerts() {
        return List.copyOf(alerts);
    }
}
