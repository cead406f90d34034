package com.neckkiosk.ui.staff;

import com.neckkiosk.store.PrinterNotice;
import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.swing.JPanel;
import com.formdev.flatlaf.FlatClientProperties;
import net.miginfocom.swing.MigLayout;

/** A printer problem from a kiosk: which printer, where, what, who waits for a copy; "Dealt with". */
final class NoticeRow extends JPanel {

    NoticeRow(StaffWords words, PrinterNotice notice, String kioskName, ZoneId zone, Runnable dealtWith) {
        super(new MigLayout("insets 8 12 8 12, fillx, wrap 1, gap 4", "[grow, fill]"));
        String prefix = "notice." + notice.id();
        setName(prefix);
        putClientProperty(FlatClientProperties.STYLE_CLASS, notice.isOpen() ? "problem" : "surface");
        String text = words.format("notice.text", notice.printer(), kioskName, words.get("problem." + notice.problem()));
        if (notice.visitCode() != null) {
            text += " " + words.format("notice.waiting", notice.visitCode());
        }
        add(new WrapText(prefix + ".text", text, notice.isOpen() ? "strong" : "hint"), "wmin 10");
        if (notice.isOpen()) {
            add(Touch.describe(Touch.button(prefix + ".dealt", words.get("notice.dealt"), Touch.QUIET, dealtWith),
                    words.get("notice.dealt"), words.get("notice.dealt.explain")), "growx 0, align right");
        } else {
            String at = LocalTime.ofInstant(notice.resolvedAt(), zone).format(DateTimeFormatter.ofPattern("HH:mm"));
            add(Touch.label(prefix + ".resolved", words.format("notice.resolved", at), "hint"), "align right");
        }
        getAccessibleContext().setAccessibleName(text);
    }
}
