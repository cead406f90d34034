package com.neckkiosk.ui.wizard;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.content.Language;
import com.neckkiosk.print.Sheet;
import com.neckkiosk.triage.AgeBand;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The result card. EMERGENCY and URGENT: what to do now, the visit code in very large type,
 * and whether the front desk has been told, said only once the alert is stored. URGENT then
 * offers its sheet (remedies, safety advice, when to get help; no exercises) quietly, below all
 * that: a plain line and a quiet Print button beside Done, no preview. SEE_DOCTOR and
 * SELF_CARE: what to do, the visit code, and a preview of the take-home sheet.
 * Never a diagnosis.
 *
 * <p>A card is built once per result and then {@linkplain #update updated in place} when the
 * visit code or the print's outcome arrives: its words change and parts show or hide, but Done
 * stays the same button where it was, so a tap on it is never lost to a card built again
 * between the press and the release.
 */
final class ResultScreen extends JPanel {

    private static final String DONE_ALONE = "cell 0 1, span 2, growx 0, align right, w 320::, gaptop 24";
    private static final String DONE_BESIDE_PRINT = "growx 0, w 320::, gaptop 24";
    private static final String PRINT = "cell 0 1, span 2, split 2, growx 0, align right, w 360::, gaptop 24, gapright 24";

    private final Texts texts;
    private final Language language;
    private final Answers answers;
    private final Disposition disposition;
    private final String kind;
    private final boolean urgent;
    private final JLabel codeLabel;
    private final JLabel code;
    private final WrapText status;
    private final WrapText printStatus;
    private final JButton print;
    private final JButton done;
    private final SheetPreview preview;
    private Result result;
    private PrintState printState;

    ResultScreen(Texts texts, Wizard wizard, PreviewImages previewImages) {
        this(texts, wizard.result().orElseThrow(), wizard.answers(), wizard.printState(), wizard.sheet().orElseThrow(),
                previewImages, wizard::printSheet, wizard::finish);
    }

    ResultScreen(Texts texts, Result result, Answers answers, PrintState printNow, Sheet sheet,
                 PreviewImages previewImages, Runnable printSheet, Runnable finish) {
        super(new MigLayout("insets 0, fill, gap 32", "[fill][grow, fill]", "[grow, fill][]"));
        assert calledOnEDT();
        this.texts = texts;
        this.language = sheet.language();
        this.answers = answers;
        this.disposition = result.assessment().disposition();
        this.kind = disposition.name().toLowerCase(Locale.ROOT);
        this.urgent = disposition == Disposition.URGENT;
        setName("screen.result." + kind);
        setOpaque(false);
        boolean under18 = answers.ageBand().orElse(null) == AgeBand.UNDER_18;

        // hidemode 3: the code, the status lines and their gaps take no room until they show
        JPanel card = new JPanel(new MigLayout("insets 32 40 32 40, fillx, wrap 1, gapy 16, hidemode 3", "[grow, fill]"));
        card.setName("result.card");
        card.putClientProperty(FlatClientProperties.STYLE_CLASS,
                disposition.alertsStaff() ? (disposition == Disposition.EMERGENCY ? "emergency" : "urgent") : "calm");
        card.add(new WrapText("result.title", texts.get("result." + kind + ".title"), "title"), "wmin 10");
        String action = under18 && disposition == Disposition.SEE_DOCTOR
                ? texts.get("result.see_doctor.under_18.action") : texts.get("result." + kind + ".action");
        card.add(new WrapText("result.action", action, "strong"), "wmin 10");
        codeLabel = Touch.label("result.code.label", texts.get("result.code.label"), null);
        card.add(codeLabel, "gaptop 8");
        // very large when the code is what the desk asks for; large beside a sheet preview
        code = Touch.label("result.code", " ", disposition.alertsStaff() ? "code" : "display");
        card.add(code, "gaptop 0");
        status = new WrapText("result.status", " ", "body");
        card.add(status, "wmin 10");
        printStatus = new WrapText("result.print.status", " ", "body");
        card.add(printStatus, urgent ? "wmin 10, gaptop 16" : "wmin 10");
        add(card, disposition.alertsStaff() ? "cell 0 0, span 2, aligny top, growy 0" : "cell 0 0, aligny top, growy 0, w 44%!");

        if (!disposition.alertsStaff()) {
            // a small preferred height: the preview scrolls inside itself instead of stretching the page
            preview = new SheetPreview(texts, sheet, previewImages, previewCard(result.delivery(), printNow));
            add(preview, "cell 1 0, grow, wmin 10, h 10:300:n");
        } else {
            preview = null;
        }
        // beside Done when it shows, so the card keeps its height (no scrolling with large text);
        // on the URGENT card a quiet button, so going to the front desk stays the one big thing
        print = Touch.describe(Touch.button("result.print", texts.get("result.print"),
                urgent ? Touch.QUIET : Touch.PRIMARY, printSheet), texts.get("result.print"),
                texts.get("result.print.explain"));
        done = Touch.button("result.done", texts.get("result.done"), Touch.PRIMARY, finish);
        add(done, DONE_ALONE);
        show(result, printNow, null);
    }

    /** When the sheet preview's image (if the card has a preview) is drawn, or given up on. */
    CompletableFuture<?> previewDrawn() {
        return preview == null ? CompletableFuture.completedFuture(null) : preview.drawn();
    }

    /** Whether this card shows the wizard's result (same answers, assessment and language), if not its state. */
    boolean showsResultOf(Wizard wizard) {
        return wizard.language() == language && wizard.answers().equals(answers)
                && wizard.result().map(r -> r.assessment().equals(result.assessment())).orElse(false);
    }

    /** A new delivery or print state (and the sheet that goes with it), shown in place: the same card, its words and parts changed. */
    void update(Result now, PrintState printNow, Sheet sheet) {
        assert calledOnEDT();
        if (now.equals(result) && printNow == printState) {
            return;
        }
        show(now, printNow, sheet);
        revalidate();
        repaint();
    }

    private void show(Result shown, PrintState printNow, Sheet sheet) {
        result = shown;
        printState = printNow;
        boolean saved = shown.delivery() == Result.Delivery.SAVED;
        codeLabel.setVisible(saved);
        code.setVisible(saved);
        if (saved) {
            code.setText(shown.visitCode());
            Touch.describe(code, texts.get("result.code.label") + " " + shown.visitCode(), null);
        }
        boolean withStatus = disposition.alertsStaff() || printNow == PrintState.UNAVAILABLE;
        status.setVisible(withStatus);
        if (withStatus) {
            say(status, texts.get(statusKey(shown.delivery())), statusStyle(shown.delivery()));
        }
        boolean withPrintStatus = printNow != PrintState.UNAVAILABLE && (urgent || !disposition.alertsStaff());
        printStatus.setVisible(withPrintStatus);
        if (withPrintStatus) {
            printing(printNow, shown.visitCode());
        }
        boolean withPrint = withPrintStatus && printNow == PrintState.READY;
        MigLayout layout = (MigLayout) getLayout();
        if (withPrint && print.getParent() != this) {
            add(print, PRINT, getComponentZOrder(done)); // before Done: the two share its row
            layout.setComponentConstraints(done, DONE_BESIDE_PRINT);
        } else if (!withPrint && print.getParent() == this) {
            remove(print);
            layout.setComponentConstraints(done, DONE_ALONE);
        }
        if (preview != null && sheet != null) {
            preview.show(sheet, previewCard(shown.delivery(), printNow));
        }
    }

    /** Names the card's arrangement for {@link PreviewImages}: the preview's width follows it. */
    private String previewCard(Result.Delivery delivery, PrintState printNow) {
        return kind + "/" + delivery + "/" + printNow;
    }

    /**
     * The one print a patient has: "tap to print" (the button is beside Done), "Printing…", the
     * outcome. On the URGENT card all in plain body text, below what to do now.
     */
    private void printing(PrintState printNow, String visitCode) {
        String strong = urgent ? "body" : "strong";
        switch (printNow) {
            case READY -> say(printStatus, texts.get(urgent ? "result.urgent.print.ready" : "result.print.ready"), "body");
            case PRINTING -> say(printStatus, texts.get("result.print.busy"), strong);
            case PRINTED -> say(printStatus, texts.get("result.print.done"), strong);
            default -> say(printStatus, texts.format("result.print.failed", visitCode), strong);
        }
    }

    /** New words (and a screen reader's name for them) and style, when they differ. */
    private void say(WrapText text, String words, String style) {
        if (!words.equals(text.getText())) {
            text.setText(words);
            text.getAccessibleContext().setAccessibleName(words);
        }
        if (!style.equals(text.getClientProperty(FlatClientProperties.STYLE_CLASS))) {
            text.putClientProperty(FlatClientProperties.STYLE_CLASS, style);
        }
    }

    private String statusKey(Result.Delivery delivery) {
        if (disposition.alertsStaff()) {
            return switch (delivery) {
                case SAVED -> "result.status.told";
                case FAILED -> "result.status.not_told";
                default -> "result.status.telling";
            };
        }
        return switch (delivery) {
            case SAVED -> "result.sheet.copy";
            case FAILED -> "result.sheet.copy_no_code";
            default -> "result.status.wait";
        };
    }

    private String statusStyle(Result.Delivery delivery) {
        if (!disposition.alertsStaff()) {
            return "body";
        }
        return switch (delivery) {
            case SAVED -> "strong";
            case FAILED -> "problem";
            default -> "body";
        };
    }
}
