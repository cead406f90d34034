package com.neckkiosk.ui.wizard;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.print.Sheet;
import com.neckkiosk.triage.AgeBand;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import java.util.Locale;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The result card. EMERGENCY and URGENT: what to do now, the visit code in very large type,
 * and whether the front desk has been told, said only once the alert is stored. URGENT then
 * offers its sheet (remedies, safety advice, when to get help; no exercises) quietly, below all
 * that: a plain line and a quiet Print button beside Done, no preview. SEE_DOCTOR and
 * SELF_CARE: what to do, the visit code, and a preview of the take-home sheet.
 * Never a diagnosis.
 */
final class ResultScreen extends JPanel {

    ResultScreen(Texts texts, Wizard wizard, PreviewImages previewImages) {
        this(texts, wizard.result().orElseThrow(), wizard.answers(), wizard.printState(), wizard.sheet().orElseThrow(),
                previewImages, wizard::printSheet, wizard::finish);
    }

    ResultScreen(Texts texts, Result result, Answers answers, PrintState print, Sheet sheet,
                 PreviewImages previewImages, Runnable printSheet, Runnable done) {
        super(new MigLayout("insets 0, fill, gap 32", "[fill][grow, fill]", "[grow, fill][]"));
        Disposition disposition = result.assessment().disposition();
        String kind = disposition.name().toLowerCase(Locale.ROOT);
        setName("screen.result." + kind);
        setOpaque(false);
        boolean under18 = answers.ageBand().orElse(null) == AgeBand.UNDER_18;

        JPanel card = new JPanel(new MigLayout("insets 32 40 32 40, fillx, wrap 1, gapy 16", "[grow, fill]"));
        card.setName("result.card");
        card.putClientProperty(FlatClientProperties.STYLE_CLASS,
                disposition.alertsStaff() ? (disposition == Disposition.EMERGENCY ? "emergency" : "urgent") : "calm");
        card.add(new WrapText("result.title", texts.get("result." + kind + ".title"), "title"), "wmin 10");
        String action = under18 && disposition == Disposition.SEE_DOCTOR
                ? texts.get("result.see_doctor.under_18.action") : texts.get("result." + kind + ".action");
        card.add(new WrapText("result.action", action, "strong"), "wmin 10");

        if (result.delivery() == Result.Delivery.SAVED) {
            card.add(Touch.label("result.code.label", texts.get("result.code.label"), null), "gaptop 8");
            // very large when the code is what the desk asks for; large beside a sheet preview
            String codeStyle = disposition.alertsStaff() ? "code" : "display";
            card.add(Touch.describe(Touch.label("result.code", result.visitCode(), codeStyle),
                    texts.get("result.code.label") + " " + result.visitCode(), null), "gaptop 0");
        }
        boolean urgent = disposition == Disposition.URGENT;
        if (disposition.alertsStaff() || print == PrintState.UNAVAILABLE) {
            card.add(status(texts, disposition, result.delivery()), "wmin 10");
        }
        if (print != PrintState.UNAVAILABLE && (urgent || !disposition.alertsStaff())) {
            printing(card, texts, print, result.visitCode(), urgent);
        }
        add(card, disposition.alertsStaff() ? "cell 0 0, span 2, aligny top, growy 0" : "cell 0 0, aligny top, growy 0, w 44%!");

        if (!disposition.alertsStaff()) {
            // a small preferred height: the preview scrolls inside itself instead of stretching the page
            add(new SheetPreview(texts, sheet, previewImages, kind + "/" + result.delivery() + "/" + print), "cell 1 0, grow, wmin 10, h 10:300:n");
        }
        String doneCell = "cell 0 1, span 2, growx 0, align right, w 320::, gaptop 24";
        if ((urgent || !disposition.alertsStaff()) && print == PrintState.READY) {
            // beside Done, so the card keeps its height (no scrolling with large text); on the
            // URGENT card a quiet button, so going to the front desk stays the one big thing
            add(Touch.describe(Touch.button("result.print", texts.get("result.print"),
                            urgent ? Touch.QUIET : Touch.PRIMARY, printSheet),
                    texts.get("result.print"), texts.get("result.print.explain")),
                    "cell 0 1, span 2, split 2, growx 0, align right, w 360::, gaptop 24, gapright 24");
            doneCell = "growx 0, w 320::, gaptop 24";
        }
        add(Touch.button("result.done", texts.get("result.done"), Touch.PRIMARY, done), doneCell);
    }

    /**
     * The one print a patient has: "tap to print" (the button is beside Done), "Printing…", the
     * outcome. On the URGENT card all in plain body text, below what to do now.
     */
    private static void printing(JPanel card, Texts texts, PrintState print, String visitCode, boolean urgent) {
        String strong = urgent ? "body" : "strong";
        String constraints = urgent ? "wmin 10, gaptop 16" : "wmin 10";
        switch (print) {
            case READY -> card.add(new WrapText("result.print.status",
                    texts.get(urgent ? "result.urgent.print.ready" : "result.print.ready"), "body"), constraints);
            case PRINTING -> card.add(new WrapText("result.print.status", texts.get("result.print.busy"), strong),
                    constraints);
            case PRINTED -> card.add(new WrapText("result.print.status", texts.get("result.print.done"), strong),
                    constraints);
            default -> card.add(new WrapText("result.print.status",
                    texts.format("result.print.failed", visitCode), strong), constraints);
        }
    }

    private static WrapText status(Texts texts, Disposition disposition, Result.Delivery delivery) {
        String key;
        String style = "body";
        if (disposition.alertsStaff()) {
            switch (delivery) {
                case SAVED:
                    key = "result.status.told";
                    style = "strong";
                    break;
                case FAILED:
                    key = "result.status.not_told";
                    style = "problem";
                    break;
                default:
                    key = "result.status.telling";
            }
        } else {
            switch (delivery) {
                case SAVED:
                    key = "result.sheet.copy";
                    break;
                case FAILED:
                    key = "result.sheet.copy_no_code";
                    break;
                default:
                    key = "result.status.wait";
            }
        }
        return new WrapText("result.status", texts.get(key), style);
    }
}
