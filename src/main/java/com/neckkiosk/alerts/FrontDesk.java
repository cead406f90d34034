package com.neckkiosk.alerts;

import com.neckkiosk.store.PrinterNotice;
import java.util.List;
import java.util.Map;

/**
 * What the front desk sees at one moment: every open alert and the rest of today's
 * (newest first), the printer notices still open and the rest of today's, and the kiosks'
 * names.
 */
public record FrontDesk(List<AlertView> alerts, List<PrinterNotice> notices, Map<String, String> kioskNames) {

    public FrontDesk {
        alerts = List.copyOf(alerts);
        notices = List.copyOf(notices);
        kioskNames = Map.copyOf(kioskNames);
    }

    public List<AlertView> openAlerts() {
        return alerts.stream().filter(AlertView::isOpen).toList();
    }

    public String kioskName(String kioskId) {
        return kioskNames.getOrDefault(kioskId, kioskId);
    }
}
