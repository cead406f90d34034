package com.neckkiosk.ui.staff;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.neckkiosk.alerts.SheetReprinter;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.ui.Edt;
import com.neckkiosk.ui.PinPad;
import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/**
 * Reprint by visit code, without a keyboard: choose the kiosk (the letters before the dash),
 * type the number on the pad, Find, then Print again. Looks the code up among today's visits
 * and hands the stored visit to the {@link SheetReprinter}.
 */
final class ReprintPanel extends JPanel {

    private final StaffWords words;
    private final Function<String, CompletableFuture<Optional<VisitRecord>>> findToday;
    private final SheetReprinter reprinter;
    private final JPanel kiosks = new JPanel(new MigLayout("insets 0, wrap 1, gap 12", "[grow, fill]"));
    private final PinPad pad;
    private final WrapText outcome;
    private final JButton print;
    private ButtonGroup kioskGroup = new ButtonGroup();
    private String chosenKiosk;
    private VisitRecord found;

    ReprintPanel(StaffWords words, Function<String, CompletableFuture<Optional<VisitRecord>>> findToday,
            SheetReprinter reprinter, Runnable back) {
        super(new MigLayout("insets 0, gap 32 16", "[460!, fill][384!, fill][grow, fill]", "[][grow, top]"));
        this.words = words;
        this.findToday = findToday;
        this.reprinter = reprinter;
        setName("reprint");
        setOpaque(false);
        kiosks.setOpaque(false);
        kiosks.setName("reprint.kiosks");
        pad = new PinPad("reprint.pad", false, 4, StaffConsole.KEY_HEIGHT, words.pad("reprint.find"), this::find);
        outcome = new WrapText("reprint.outcome", " ", "strong");
        print = Touch.describe(Touch.button("reprint.print", words.get("reprint.print"), Touch.PRIMARY, this::print),
                words.get("reprint.print"), null);
        print.setVisible(false);
        add(Touch.label("reprint.title", words.get("reprint.title"), "title"), "span 3, wrap");
        JPanel left = column();
        left.add(new WrapText("reprint.kiosk.label", words.get("reprint.kiosk"), "strong"), "wmin 10");
        left.add(kiosks);
        add(left, "aligny top");
        JPanel middle = column();
        middle.add(new WrapText("reprint.number.label", words.get("reprint.number"), "strong"), "wmin 10");
        middle.add(pad);
        add(middle, "aligny top");
        JPanel right = column();
        right.add(outcome, "wmin 10");
        right.add(print, "h 72!");
        right.add(Touch.describe(Touch.button("reprint.back", words.get("button.back"), Touch.QUIET, back),
                words.get("button.back"), null), "h 72!, gaptop 32");
        add(right, "aligny top, wmin 10");
    }

    private static JPanel column() {
        JPanel column = new JPanel(new MigLayout("insets 0, wrap 1, gap 12", "[grow, fill]"));
        column.setOpaque(false);
        return column;
    }

    /** The kiosks staff can choose from: every kiosk that has started once. */
    void setKiosks(Map<String, String> names) {
        assert calledOnEDT();
        if (names.keySet().equals(currentKioskIds())) {
            return;
        }
        kiosks.removeAll();
        kioskGroup = new ButtonGroup();
        if (names.isEmpty()) {
            kiosks.add(Touch.label("reprint.no_kiosks", words.get("reprint.no_kiosks"), "hint"));
        }
        names.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(kiosk -> {
            String id = kiosk.getKey();
            // plain text, not the wrapping tile: HTML text would keep its dark colour on the selected blue
            JToggleButton choice = Touch.toggle("reprint.kiosk." + id, id + " · " + kiosk.getValue(), Touch.CHOICE,
                    id.equals(chosenKiosk));
            Touch.describe(choice, id + " " + kiosk.getValue(), words.get("reprint.kiosk"));
            choice.addActionListener(e -> chosenKiosk = id);
            kioskGroup.add(choice);
            kiosks.add(choice, "h 72!, wmin 10");
        });
        kiosks.revalidate();
        kiosks.repaint();
    }

    private java.util.Set<String> currentKioskIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (java.awt.Component c : kiosks.getComponents()) {
            if (c.getName() != null && c.getName().startsWith("reprint.kiosk.")) {
                ids.add(c.getName().substring("reprint.kiosk.".length()));
            }
        }
        return ids;
    }

    /** Starts over: nothing chosen, nothing typed. */
    void reset() {
        assert calledOnEDT();
        kioskGroup.clearSelection();
        chosenKiosk = null;
        found = null;
        pad.clear();
        pad.setMessage(null);
        show(" ", false);
    }

    private void find(char[] digits) {
        assert calledOnEDT();
        if (chosenKiosk == null) {
            pad.setMessage(words.get("reprint.choose_kiosk"));
            return;
        }
        pad.setMessage(null);
        String code = chosenKiosk + "-" + Integer.parseInt(new String(digits));
        found = null;
        show(words.format("reprint.looking", code), false);
        pad.setBusy(true);
        findToday.apply(code).whenCompleteAsync((visit, failure) -> {
            pad.setBusy(false);
            if (failure != null) {
                show(words.format("reprint.failed", code, rootMessage(failure)), false);
            } else if (visit.isEmpty()) {
                show(words.format("reprint.not_found", code), false);
            } else {
                found = visit.get();
                show(describe(found), true);
            }
        }, Edt.ON_EDT);
    }

    private String describe(VisitRecord visit) {
        String level = visit.disposition() == null ? "no result" : visit.disposition().name();
        return words.format("reprint.found", visit.visitCode(), level,
                visit.language().locale().getDisplayLanguage(Locale.ENGLISH),
                visit.sheet().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private void print() {
        assert calledOnEDT();
        VisitRecord visit = found;
        if (visit == null) {
            return;
        }
        print.setEnabled(false);
        show(words.format("reprint.printing", visit.visitCode()), true);
        CompletableFuture.supplyAsync(() -> reprinter.reprint(visit)).thenCompose(f -> f)
                .whenCompleteAsync((result, failure) -> {
                    print.setEnabled(true);
                    if (failure == null && result.printed()) {
                        show(words.format("reprint.printed", visit.visitCode()), true);
                    } else {
                        String why = failure != null ? rootMessage(failure) : result.problem();
                        show(words.format("reprint.failed", visit.visitCode(), why), true);
                    }
                }, Edt.ON_EDT);
    }

    private void show(String text, boolean printable) {
        outcome.setText(text);
        outcome.getAccessibleContext().setAccessibleName(text);
        print.setVisible(printable);
        revalidate();
    }

    String outcomeText() {
        return outcome.getText();
    }

    static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
