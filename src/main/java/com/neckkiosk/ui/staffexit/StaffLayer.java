package com.neckkiosk.ui.staffexit;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.alerts.PinGate;
import com.neckkiosk.config.PinHash;
import com.neckkiosk.content.Language;
import com.neckkiosk.print.PrintOutcome;
import com.neckkiosk.selftest.CheckResult;
import com.neckkiosk.selftest.HealthReport;
import com.neckkiosk.selftest.SelfTest;
import com.neckkiosk.ui.Edt;
import com.neckkiosk.ui.Messages;
import com.neckkiosk.ui.PinPad;
import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * What the hidden corner gesture opens over the kiosk: the staff PIN pad, then the staff
 * menu. Built afresh in the kiosk's language each time it opens. The PIN gate is kept, so a
 * lockout outlasts Cancel. PIN checks, the test page and the self-test run on
 * {@code background}; their answers come back on the EDT and are dropped if the layer was
 * closed meanwhile.
 */
public final class StaffLayer extends Scrim {

    /** What the menu changes in the kiosk window. */
    public interface Host {
        boolean outOfOrder();

        void putOutOfOrder(Language language);

        void backInService();

        /** What the self-test found last (at start, or a later database check), if it has run. */
        Optional<HealthReport> lastCheck();

        /** Out of order because the database could not be written, not because staff said so. */
        boolean outOfOrderByCheck();

        /** The layer closed (Cancel, Close, out of order, the idle timer). */
        void closed();
    }

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private static final int KEY_HEIGHT = 88;

    private final PinGate gate;
    private final Clock clock;
    private final List<Language> languages;
    private final StaffActions actions;
    private final Executor background;
    private final Host host;
    private final JPanel card = new JPanel();
    private Messages words;
    private PinPad pad;
    private WrapText result;
    private JButton testPage;
    private JButton selfTest;
    /** Counts openings and closings: an answer for an earlier one is not shown. */
    private int opening;

    public StaffLayer(String staffPinHash, Clock clock, List<Language> languages, StaffActions actions,
                      Executor background, Host host) {
        super(new MigLayout("fill", "[center]", "[center]"), "Kiosk.scrim");
        this.gate = new PinGate(pin -> PinHash.matches(pin, staffPinHash), clock);
        this.clock = clock;
        this.languages = List.copyOf(languages);
        this.actions = actions;
        this.background = background;
        this.host = host;
        setName("staffexit.layer");
        card.setName("staffexit.card");
        card.putClientProperty(FlatClientProperties.STYLE_CLASS, "surface");
        add(card);
        setVisible(false);
    }

    /** Opens on the PIN pad, in the kiosk's language. */
    public void open(Messages language) {
        assert calledOnEDT();
        words = language;
        opening++;
        showPin();
        setVisible(true);
    }

    public boolean isOpen() {
        return isVisible();
    }

    /** Closes without doing anything (Cancel, Close, the idle timer). */
    public void close() {
        assert calledOnEDT();
        if (!isVisible()) {
            return;
        }
        opening++;
        if (pad != null) {
            pad.clear();
        }
        card.removeAll();
        setVisible(false);
        host.closed();
    }

    private void showPin() {
        card.removeAll();
        card.setLayout(new MigLayout("insets 40 56 40 56, gap 56 16", "[420::520, fill][]", "[][][grow, bottom]"));
        String title = words.get("staffexit.title");
        card.add(Touch.label("staffexit.title", title, "title"), "cell 0 0");
        card.add(new WrapText("staffexit.prompt", words.get("staffexit.prompt"), "body"), "cell 0 1, wmin 10");
        card.add(button("staffexit.cancel", "staffexit.cancel", Touch.QUIET, this::close), "cell 0 2, growx 0, w 240!");
        pad = new PinPad("staffexit.pin", true, PinHash.MAX_PIN_DIGITS, KEY_HEIGHT, new PinPad.Words(
                words.get("staffexit.pad.clear"), words.get("staffexit.pad.back"), words.get("staffexit.pad.enter"),
                words.get("staffexit.pad.empty"), words.get("staffexit.pad.typed")), this::tryPin);
        Touch.describe(pad, words.get("staffexit.pad.name"), words.get("staffexit.prompt"));
        card.add(pad, "cell 1 0, span 1 3, aligny top");
        Touch.describe(card, title, words.get("staffexit.prompt"));
        refresh();
    }

    /** PBKDF2 takes a moment: checked off the EDT while the pad ignores touches. */
    private void tryPin(char[] pin) {
        assert calledOnEDT();
        int asked = opening;
        pad.setBusy(true);
        pad.setMessage(words.get("staffexit.checking"));
        CompletableFuture.supplyAsync(() -> gate.attempt(pin), background).whenCompleteAsync((outcome, failure) -> {
            if (asked != opening) {
                return;
            }
            pad.setBusy(false);
            if (failure != null) {
                pad.setMessage(String.valueOf(failure.getMessage()));
            } else if (outcome instanceof PinGate.Accepted) {
                pad.setMessage(null);
                showMenu();
            } else if (outcome instanceof PinGate.Wrong wrong) {
                pad.setMessage(words.format("staffexit.wrong", wrong.triesLeft()));
            } else if (outcome instanceof PinGate.Locked locked) {
                pad.setMessage(words.format("staffexit.locked",
                        LocalTime.ofInstant(locked.until(), clock.getZone()).format(HOUR_MINUTE)));
            }
        }, Edt.ON_EDT);
    }

    private void showMenu() {
        assert calledOnEDT();
        pad = null;
        card.removeAll();
        card.setLayout(new MigLayout("insets 40 56 40 56, wrap 2, gap 24 24", "[480::, fill, sg menu][480::, fill, sg menu]"));
        String title = words.get("staffexit.menu.title");
        card.add(Touch.label("staffexit.menu.title", title, "title"), "span 2");
        card.add(button("staffexit.leave", "staffexit.leave", Touch.QUIET, () -> actions.exit().accept(StaffActions.LEAVE)));
        card.add(button("staffexit.restart", "staffexit.restart", Touch.QUIET,
                () -> actions.exit().accept(StaffActions.RESTART)));
        testPage = button("staffexit.testPage", "staffexit.testPage", Touch.QUIET, this::printTestPage);
        card.add(testPage);
        selfTest = button("staffexit.selfTest", "staffexit.selfTest", Touch.QUIET, this::runSelfTest);
        card.add(selfTest);
        if (host.outOfOrder()) {
            card.add(button("staffexit.backInService", "staffexit.backInService", Touch.PRIMARY, () -> {
                host.backInService();
                close();
            }), "span 2");
        } else {
            for (Language language : languages) {
                JButton out = Touch.button("staffexit.outOfOrder." + language.code(),
                        words.format("staffexit.outOfOrder", language.ownName()), Touch.QUIET, () -> {
                            host.putOutOfOrder(language);
                            close();
                        });
                card.add(Touch.describe(out, out.getText(), words.get("staffexit.outOfOrder.explain")));
            }
        }
        result = new WrapText("staffexit.result", " ", "body");
        result.getAccessibleContext().setAccessibleDescription(words.get("staffexit.result.name"));
        card.add(result, "newline, span 2, growx, wmin 10, hmin 120");
        say(lastCheck());
        card.add(button("staffexit.close", "staffexit.close", Touch.PRIMARY, this::close), "span 2, growx 0, w 300::, align right");
        Touch.describe(card, title, null);
        refresh();
    }

    private void printTestPage() {
        assert calledOnEDT();
        working(words.get("staffexit.printing"));
        int asked = opening;
        CompletableFuture.supplyAsync(actions.testPage(), background).whenCompleteAsync((outcome, failure) -> {
            if (asked == opening) {
                done(failure != null ? words.format("staffexit.printFailed", failure.toString()) : printed(outcome));
            }
        }, Edt.ON_EDT);
    }

    private String printed(PrintOutcome outcome) {
        return outcome.printed() ? words.format("staffexit.printed", outcome.printer())
                : words.format("staffexit.printFailed", outcome.toString());
    }

    private void runSelfTest() {
        assert calledOnEDT();
        working(words.get("staffexit.testing"));
        int asked = opening;
        CompletableFuture.supplyAsync(actions.selfTest(), background).whenCompleteAsync((results, failure) -> {
            if (asked == opening) {
                done(failure != null ? words.format("staffexit.printFailed", failure.toString()) : listed(results));
            }
        }, Edt.ON_EDT);
    }

    private String listed(List<CheckResult> results) {
        String heading = words.get(SelfTest.allPassed(results) ? "staffexit.tested.ok" : "staffexit.tested.failed");
        return heading + "\n" + lines(results);
    }

    private static String lines(List<CheckResult> results) {
        return results.stream().map(r -> (r.ok() ? "\u2713 " : "\u2717 ") + r.check() + ": " + r.detail())
                .collect(Collectors.joining("\n"));
    }

    /**
     * What the menu says before anything is tapped: why the kiosk put itself out of order, and
     * what the last automatic check found (only what failed; all well is one line).
     */
    private String lastCheck() {
        Optional<HealthReport> last = host.lastCheck();
        if (last.isEmpty()) {
            return words.get("staffexit.lastCheck.none");
        }
        String at = LocalTime.ofInstant(last.get().checkedAt(), clock.getZone()).format(HOUR_MINUTE);
        if (last.get().allPassed()) {
            return words.format("staffexit.lastCheck.ok", at);
        }
        String why = host.outOfOrderByCheck() ? words.get("staffexit.lastCheck.outOfOrder") + "\n" : "";
        return why + words.format("staffexit.lastCheck.failed", at) + "\n" + lines(last.get().failures());
    }

    private void working(String text) {
        testPage.setEnabled(false);
        selfTest.setEnabled(false);
        say(text);
    }

    private void done(String text) {
        testPage.setEnabled(true);
        selfTest.setEnabled(true);
        say(text);
    }

    private void say(String text) {
        result.setText(text);
        result.getAccessibleContext().setAccessibleName(text);
        refresh();
    }

    /** The menu's result line as shown (tests). */
    String resultText() {
        return result == null ? "" : result.getText();
    }

    /** A menu or pad button; every one has an {@code .explain} text for a screen reader. */
    private JButton button(String name, String key, String style, Runnable action) {
        String text = words.get(key);
        return Touch.describe(Touch.button(name, text, style, action), text, words.get(key + ".explain"));
    }

    private void refresh() {
        revalidate();
        repaint();
    }

    /** For the tests and the screenshots: the pad or menu card. */
    JComponent card() {
        return card;
    }
}
