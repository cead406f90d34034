package com.neckkiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.alerts.AlertView;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import java.time.Instant;
import java.time.ZoneId;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * One alert: the level in words on its colour (red EMERGENCY, amber URGENT; grey once
 * acknowledged), the visit code large, the kiosk, the reasons in staff wording, how long the
 * patient has waited, and Acknowledge.
 */
final class AlertRow extends JPanel {

    private final AlertView alert;
    private final JLabel waiting;

    AlertRow(StaffWords words, AlertView alert, ZoneId zone, Instant now, Runnable acknowledge) {
        super(new MigLayout("insets 12 16 12 16, fillx, gap 16 4", "[250!][grow, fill][]", "[][][]"));
        this.alert = alert;
        String prefix = "alert." + alert.id();
        setName(prefix);
        boolean open = alert.isOpen();
        putClientProperty(FlatClientProperties.STYLE_CLASS,
                open ? (alert.level() == Disposition.EMERGENCY ? "emergency" : "urgent") : "surface");
        add(Touch.label(prefix + ".level", alert.levelWords(), "title"), "cell 0 0");
        add(Touch.describe(Touch.label(prefix + ".code", alert.visitCode(), "title"),
                words.get("alert.code") + " " + alert.visitCode(), null), "cell 0 1, span 1 2, aligny top");
        add(Touch.label(prefix + ".kiosk", words.format("alert.kiosk", alert.kioskName()), "heading"), "cell 1 0, wmin 10");
        add(new WrapText(prefix + ".reasons", String.join("; ", alert.reasons()), "strong"), "cell 1 1, wmin 10");
        waiting = Touch.label(prefix + ".waiting", "", open ? "heading" : "hint");
        add(waiting, "cell 1 2");
        if (open) {
            add(Touch.describe(Touch.button(prefix + ".ack", words.get("alert.acknowledge"), Touch.PRIMARY, acknowledge),
                    words.get("alert.acknowledge") + " " + alert.levelWords() + " " + alert.visitCode(),
                    words.get("alert.acknowledge.explain")), "cell 2 0, span 1 3, aligny center, w 250!, h 72!");
        } else {
            add(Touch.label(prefix + ".acknowledged", alert.acknowledgedWords(zone), "heading"), "cell 2 0, span 1 3");
        }
        getAccessibleContext().setAccessibleName(alert.levelWords() + " " + alert.visitCode() + " "
                + words.format("alert.kiosk", alert.kioskName()));
        getAccessibleContext().setAccessibleDescription(String.join("; ", alert.reasons()));
        tick(zone, now);
    }

    AlertView view() {
        return alert;
    }

    /** Updates "waiting 3 min" (open) or the time it was raised (acknowledged). */
    void tick(ZoneId zone, Instant now) {
        String text = alert.isOpen() ? alert.waiting(now) : alert.raisedWords(zone);
        if (!text.equals(waiting.getText())) {
            waiting.setText(text);
            waiting.getAccessibleContext().setAccessibleName(text);
        }
    }
}
