package com.neckkiosk.ui.wizard;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.content.Language;
import com.neckkiosk.print.Sheet;
import com.neckkiosk.selftest.HealthReport;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.QuestionFlow;
import com.neckkiosk.ui.Edt;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.Messages;
import com.neckkiosk.ui.ScrollColumn;
import com.neckkiosk.ui.WrapText;
import com.neckkiosk.ui.staffexit.CornerTaps;
import com.neckkiosk.ui.staffexit.OutOfOrderScreen;
import com.neckkiosk.ui.staffexit.StaffActions;
import com.neckkiosk.ui.staffexit.StaffLayer;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Graphics;
import java.awt.GraphicsConfiguration;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.AWTEventListener;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import javax.swing.AbstractButton;
import javax.swing.ButtonModel;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLayeredPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * The kiosk's one window: a bar with language, text size, contrast and "I need help now";
 * the current step's screen; Back, the step count and Start over; the disclaimer; and the
 * idle overlay as glass pane. It shows the {@link Wizard}'s state whenever that state, the
 * language or the look changes: the bars stay and change their words; only the screen in the
 * middle is swapped, and screens are kept to be shown again (see {@link #render}).
 *
 * <p>Over the screen, in the layered pane: the out-of-order screen, and above it the staff
 * layer (PIN pad, staff menu) that five quick taps in the top-left corner open
 * ({@link CornerTaps}). Nothing shows where the corner is.
 */
public final class KioskFrame {

    /** How long after the first paint the warm-up begins: the store and the self-test start first. */
    static final int WARM_UP_DELAY_MILLIS = 1000;

    private final JFrame frame;
    private final ClinicConfig config;
    private final Wizard wizard;
    private final Optional<Speech> speech;
    private final IdleTimer idle;
    private final JPanel root = new RootPanel();
    private final AWTEventListener touches;
    private final KeyEventDispatcher altF4;
    private final TopBar topBar;
    private final ScrollColumn body;
    private final JScrollPane scroll;
    private final WrapText disclaimer;
    private JComponent shown;
    private final Map<String, JComponent> kept = new HashMap<>();
    private final PreviewImages previewImages = new PreviewImages();
    private ResultAhead ahead;
    /** Where the card built ahead is painted before it shows (one image, kept for every visit). */
    private final OffScreen aheadCanvas = new OffScreen();
    /** Whether the card built ahead is laid out and painted off-screen: ready to show. */
    private boolean aheadReady;
    /** Whether the window was painted once; see {@link #prepareNext}. */
    private boolean painted;
    private KioskTheme.Look look = KioskTheme.Look.STANDARD;
    /** Large text and high contrast are one patient's choice: back to standard when a visit ends. */
    private boolean freshLookPerVisit = true;
    /** The page last shown, to tell a visit's end from a change on the attract screen. */
    private Page lastPage;
    private Runnable afterFirstPaint;
    private final LongSupplier millis;
    private final CornerTaps corner = new CornerTaps();
    private final StaffActions staffActions;
    private final Clock pinClock;
    /** What the attract screen does not show; see {@link #hidden()}. */
    private Hidden hidden;
    /** The self-test's latest word, if it has spoken. */
    private HealthReport health;
    /** Out of order because the database cannot be written (not by staff): lifted by a passing check. */
    private boolean outOfOrderByCheck;
    /** The database failed during a visit: out of order once that visit ends. */
    private boolean outOfOrderAfterVisit;
    private final ExecutorService staffWork = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "staff-exit");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Builds the window (not yet shown) on the attract screen. With {@code hiddenLater} only what
     * the attract screen shows is built now, and the rest (see {@link Hidden}) right after the first
     * paint, or whenever it is needed before that; otherwise everything is built at once (tests,
     * screenshots and measurements that use the window without painting it).
     */
    KioskFrame(ClinicConfig config, Wizard wizard, Optional<Speech> speech, LongSupplier millis, boolean kiosk,
               StaffActions staffActions, Clock pinClock, boolean hiddenLater) {
        assert calledOnEDT();
        this.staffActions = staffActions;
        this.pinClock = pinClock;
        this.millis = millis;
        this.config = config;
        this.wizard = wizard;
        this.speech = speech;
        this.idle = new IdleTimer(config.idleTimeoutSeconds() * 1000L, config.idleWarningSeconds() * 1000L,
                millis, new IdleTimer.Listener() {
                    @Override
                    public void idleWarning(int secondsLeft) {
                        hidden().overlay.show(Texts.of(wizard.language()), secondsLeft, idle::touch);
                    }

                    @Override
                    public void idleCancelled() {
                        hidden().overlay.setVisible(false);
                    }

                    @Override
                    public void idleExpired() {
                        hidden().overlay.setVisible(false);
                        hidden().staff.close();
                        if (wizard.page() != Page.ATTRACT) {
                            wizard.timedOut();
                        }
                    }
                });

        frame = new JFrame();
        frame.setName("kiosk.frame");
        frame.setContentPane(root);
        frame.setDefaultCloseOperation(kiosk ? WindowConstants.DO_NOTHING_ON_CLOSE : WindowConstants.DISPOSE_ON_CLOSE);
        if (kiosk) {
            frame.setUndecorated(true);
        }
        altF4 = e -> kiosk && e.getKeyCode() == KeyEvent.VK_F4 && (e.getModifiersEx() & InputEvent.ALT_DOWN_MASK) != 0;
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(altF4);
        touches = event -> {
            if (event.getID() == MouseEvent.MOUSE_PRESSED || event.getID() == KeyEvent.KEY_PRESSED) {
                idle.touch();
            }
            if (event.getID() == MouseEvent.MOUSE_PRESSED) {
                cornerTap((MouseEvent) event);
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(touches, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.KEY_EVENT_MASK);
        topBar = new TopBar(config.languages(), wizard::switchLanguage,
                large -> changeLook(look.withLargeText(large)), high -> changeLook(look.withHighContrast(high)),
                wizard::askForHelp);
        root.add(topBar, "growx");
        body = new ScrollColumn(new MigLayout("insets 20 56 20 56, fill, hidemode 3", "[grow, fill]", "[grow, fill]"));
        body.setName("kiosk.body");
        scroll = new JScrollPane(body, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setName("kiosk.scroll");
        scroll.setBorder(null);
        root.add(scroll, "grow, hmin 10");
        disclaimer = new WrapText("kiosk.disclaimer", "", "hint");
        root.add(disclaimer, "growx, wmin 10, gapx 56 56, gapy 8 16");

        if (!hiddenLater) {
            hidden();
        }
        wizard.onChange(this::render);
        idle.start();
        render();
    }

    public JFrame frame() {
        return frame;
    }

    Wizard wizard() {
        return wizard;
    }

    IdleTimer idleTimer() {
        return idle;
    }

    /** Shows the idle overlay as it looks with {@code seconds} left (screenshots only). */
    void idleOverlayForScreenshot(Texts texts, int seconds) {
        hidden().overlay.show(texts, seconds, idle::touch);
    }

    /** The warm-up that runs while the attract screen waits for the first patient (the tap benchmark waits for it). */
    public WarmUp warmUp() {
        return hidden().warmUp;
    }

    StaffLayer staffLayer() {
        return hidden().staff;
    }

    boolean outOfOrder() {
        return hidden().outOfOrder.isVisible();
    }

    /**
     * A press anywhere in the window: the fifth quick one in the top-left corner, not on a
     * button, opens the staff PIN pad (in the kiosk's language), and the idle timer watches it.
     */
    private void cornerTap(MouseEvent press) {
        Component source = press.getComponent();
        if (source == null || hidden().staff.isOpen()
                || (source != frame && SwingUtilities.getWindowAncestor(source) != frame)) {
            return;
        }
        JLayeredPane layers = frame.getLayeredPane();
        Point at = SwingUtilities.convertPoint(source, press.getPoint(), layers);
        Component under = SwingUtilities.getDeepestComponentAt(layers, at.x, at.y);
        boolean onControl = under instanceof AbstractButton
                || SwingUtilities.getAncestorOfClass(AbstractButton.class, under) != null;
        if (corner.tap(at.x, at.y, onControl, millis.getAsLong())) {
            openStaffLayer();
        }
    }

    void openStaffLayer() {
        assert calledOnEDT();
        hidden().staff.open(Messages.of(wizard.language()));
        idle.arm();
    }

    /** Out of order: the visit (if any) is wiped, and patients are sent to the desk. */
    void putOutOfOrderIn(Language language) {
        assert calledOnEDT();
        if (wizard.page() != Page.ATTRACT) {
            wizard.startOver();
        }
        outOfOrderByCheck = false;
        outOfOrderAfterVisit = false;
        hidden().outOfOrder.show(Messages.of(language));
    }

    /**
     * The self-test's report, from any thread. When the database cannot keep answers the kiosk
     * goes out of order, in every language, at once on the attract screen and otherwise when
     * the patient's visit ends (what they are told then already sends them to the desk if their
     * visit could not be saved). A later passing check puts it back into service, unless staff
     * put it out of order themselves.
     */
    public void healthChecked(HealthReport report) {
        EventQueue.invokeLater(() -> {
            health = report;
            OutOfOrderScreen outOfOrder = hidden().outOfOrder;
            if (!report.canKeepAnswers()) {
                if (!outOfOrder.isVisible()) {
                    outOfOrderAfterVisit = true;
                    outOfOrderIfIdle();
                }
            } else {
                outOfOrderAfterVisit = false;
                if (outOfOrderByCheck && outOfOrder.isVisible()) {
                    outOfOrderByCheck = false;
                    outOfOrder.setVisible(false);
                }
            }
        });
    }

    private void outOfOrderIfIdle() {
        if (outOfOrderAfterVisit && wizard.page() == Page.ATTRACT && !hidden().outOfOrder.isVisible()) {
            outOfOrderAfterVisit = false;
            putOutOfOrderByCheck();
        }
    }

    /** Out of order in every language, the one on the screen first (also for the screenshots). */
    void putOutOfOrderByCheck() {
        assert calledOnEDT();
        outOfOrderByCheck = true;
        List<Messages> languages = new ArrayList<>();
        languages.add(Messages.of(wizard.language()));
        config.languages().stream().filter(l -> l != wizard.language()).map(Messages::of).forEach(languages::add);
        hidden().outOfOrder.show(languages);
    }

    /**
     * Whether the kiosk is still getting the result card ready for the causes chosen (the tap
     * benchmark waits for that, as a patient choosing causes gives it the time).
     */
    public boolean preparingResult() {
        assert calledOnEDT();
        return ahead != null && !aheadReady;
    }

    /** The result card built ahead for the causes chosen so far, if there is one (tests). */
    Optional<ResultScreen> resultAhead() {
        return Optional.ofNullable(ahead).map(ResultAhead::screen);
    }

    KioskTheme.Look look() {
        return look;
    }

    /** Runs once, right after the attract screen is first painted (start-up measurement). */
    void afterFirstPaint(Runnable action) {
        afterFirstPaint = action;
    }

    /** Stops the timers and listeners and closes the window. */
    public void dispose() {
        assert calledOnEDT();
        idle.stop();
        staffWork.shutdownNow();
        previewImages.shutdown();
        aheadCanvas.release();
        speech.ifPresent(Speech::quiet);
        Toolkit.getDefaultToolkit().removeAWTEventListener(touches);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(altF4);
        frame.dispose();
    }

    /**
     * For the screenshot and measurement tools, which walk many visits in one look: the text
     * size and contrast are not put back between visits.
     */
    void keepLookAcrossVisits() {
        freshLookPerVisit = false;
    }

    void changeLook(KioskTheme.Look chosen) {
        assert calledOnEDT();
        look = chosen;
        forgetKeptScreens(); // built in the old look; only what is in the window follows the new one
        KioskTheme.apply(look, config.textScale());
        render();
    }

    /**
     * Shows the wizard's current state. The bars and the disclaimer stay; they only change words,
     * visibility and selection. The screen in the middle is the one thing built anew, and only it
     * is laid out and painted again (the scroll pane is its own validate root), unless the nav
     * bar comes or goes.
     */
    void render() {
        assert calledOnEDT();
        Page page = wizard.page();
        boolean visitEnded = page == Page.ATTRACT && lastPage != null && lastPage != Page.ATTRACT;
        lastPage = page;
        if (visitEnded && freshLookPerVisit && look != KioskTheme.Look.STANDARD) {
            // the next patient starts as everyone does, as with the language
            changeLook(KioskTheme.Look.STANDARD);
            return;
        }
        Texts texts = Texts.of(wizard.language());
        if (page == Page.ATTRACT) {
            idle.disarm();
            outOfOrderIfIdle();
            // the card built ahead holds the last patient's answers
            dropAhead();
            if (hidden != null) {
                hidden.warmUp.resume();
            }
            // the kept screens hold nothing of the last patient's answers
            kept.values().stream().filter(AnswerScreen.class::isInstance)
                    .forEach(screen -> ((AnswerScreen) screen).showAnswers(Answers.none()));
        } else {
            hidden(); // in case a visit began before the first paint's follow-up built them
            if (!idle.armed()) {
                idle.arm();
            }
        }
        speech.ifPresent(Speech::quiet);

        topBar.show(texts, wizard.language(), page == Page.ATTRACT, wizard.canAskForHelp(), look);
        boolean withNav = page != Page.ATTRACT && page != Page.RESULT;
        if (withNav) {
            hidden.navBar.show(texts, wizard.language(), page == Page.QUESTION,
                    page == Page.QUESTION ? wizard.stepNumber() : 0, page == Page.QUESTION ? wizard.stepCount() : 0);
        }
        if (hidden != null && hidden.navBar.isVisible() != withNav) {
            hidden.navBar.setVisible(withNav);
            root.revalidate();
        }
        String words = texts.content().disclaimer();
        if (!words.equals(disclaimer.getText())) {
            disclaimer.setText(words);
            disclaimer.getAccessibleContext().setAccessibleName(words);
        }

        JComponent next = screen(texts, page);
        if (next != shown) {
            swapScreen(next);
        }
        scroll.getViewport().setViewPosition(new Point(0, 0));
        body.revalidate();
        body.repaint();
        if (painted) {
            EventQueue.invokeLater(this::prepareNext); // behind this render's paint
        }
    }

    /**
     * Kept screens stay in the body, hidden while another one shows: taking a component out of
     * the window and putting it back costs more than building it (each button with HTML text
     * parses it again on removal and on addition), and a shown-again screen keeps its layout.
     * Only the result card, built per visit, is removed when it goes.
     */
    private void swapScreen(JComponent next) {
        if (shown != null) {
            if (kept.containsValue(shown)) {
                shown.setVisible(false);
            } else {
                body.remove(shown);
            }
        }
        if (next.getParent() != body) {
            addToBody(next);
        }
        next.setVisible(true);
        shown = next;
    }

    /** Forgets the kept screens and the result card (built in a look that is going), and takes them out of the body. */
    private void forgetKeptScreens() {
        for (JComponent screen : kept.values()) {
            body.remove(screen);
            if (screen == shown) {
                shown = null;
            }
        }
        if (shown instanceof ResultScreen) {
            body.remove(shown);
            shown = null;
        }
        kept.clear();
        dropAhead();
    }

    /**
     * The screen for a page. Every screen but the result card is kept once built, per language
     * (and per look: a change of look forgets them all), and shown again with the current
     * answers: after the first patients, a tap builds nothing.
     */
    private JComponent screen(Texts texts, Page page) {
        if (page == Page.RESULT) {
            if (shown instanceof ResultScreen card && card.showsResultOf(wizard)) {
                // the visit code or the print's outcome: the same card, in place
                card.update(wizard.result().orElseThrow(), wizard.printState(), wizard.sheet().orElseThrow());
                return card;
            }
            ResultAhead ready = ahead;
            if (ready != null && ready.fits(wizard)) {
                ahead = null;
                return ready.screen();
            }
            dropAhead();
            return new ResultScreen(texts, wizard, previewImages);
        }
        Optional<Question> question = wizard.question();
        JComponent screen = kept.computeIfAbsent(key(page, question, wizard.language()),
                k -> build(texts, page, question));
        if (screen instanceof AnswerScreen) {
            ((AnswerScreen) screen).showAnswers(wizard.answers());
        }
        calm(screen);
        return screen;
    }

    private String key(Page page, Optional<Question> question, Language language) {
        return page + "/" + question.map(Question::id).orElse("") + "/" + language.code()
                + (question.isPresent() && question.get().kind() == Question.Kind.CAUSES ? "/" + causeColumns() : "");
    }

    /**
     * Builds the screen that most likely comes next, if it is not kept yet, and puts it in the
     * body hidden: then the tap that shows it builds nothing, even on the first visit after the
     * kiosk starts. It runs after the paint of the screen just shown (it is posted behind it),
     * while the patient reads; one screen at a time keeps each piece of work short.
     */
    private void prepareNext() {
        assert calledOnEDT();
        if (!frame.isDisplayable()) {
            return; // closed meanwhile
        }
        Language language = wizard.language();
        Page page = wizard.page();
        List<Question> order = QuestionFlow.ORDER;
        int from;
        if (page == Page.ATTRACT) {
            if (prepare(Page.INTRO, Optional.empty(), language)) {
                return;
            }
            from = 0;
        } else if (page == Page.INTRO) {
            from = 0;
        } else if (page == Page.QUESTION) {
            from = order.indexOf(wizard.question().orElseThrow()) + 1;
        } else {
            return;
        }
        for (int i = from; i < order.size(); i++) {
            if (prepare(Page.QUESTION, Optional.of(order.get(i)), language)) {
                return;
            }
        }
        if (shown instanceof CausesScreen) {
            prepareResult(((CausesScreen) shown).chosen());
        }
    }

    /** Builds the result card ahead for the causes chosen so far, unless it is built already. */
    private void prepareResult(Answers answers) {
        Language language = wizard.language();
        if (ahead != null && ahead.answers().equals(answers) && ahead.language() == language) {
            return;
        }
        dropAhead();
        ahead = wizard.resultIf(answers).map(result -> {
            Sheet sheet = wizard.sheetIf(answers);
            return new ResultAhead(answers, language, result, sheet, new ResultScreen(Texts.of(language), result,
                    answers, PrintState.UNAVAILABLE, sheet, previewImages, wizard::printSheet, wizard::finish));
        }).orElse(null);
        if (ahead != null) {
            readyAhead(ahead);
        }
    }

    /**
     * Puts the card built ahead in the body, hidden; then, each a short step of its own while the
     * patient is still choosing, lays it out where it will show and, once its preview's image is
     * drawn, paints it off-screen twice (Java 2D sends an image to the display the second time it
     * is drawn). The tap on Continue then shows a card that only needs repainting.
     */
    private void readyAhead(ResultAhead card) {
        aheadReady = false;
        ResultScreen screen = card.screen();
        screen.setVisible(false);
        addToBody(screen);
        EventQueue.invokeLater(() -> {
            if (ahead == card) {
                OffScreen.layOut(screen, screenBounds(false));
                paintAhead(card, 2);
            }
        });
    }

    private void paintAhead(ResultAhead card, int times) {
        card.screen().previewDrawn().whenCompleteAsync((drawn, failure) -> {
            if (ahead == card && frame.isDisplayable()) {
                if (times > 0) {
                    aheadCanvas.paint(card.screen(), frame.getGraphicsConfiguration());
                    paintAhead(card, times - 1);
                } else {
                    aheadReady = true;
                }
            }
        }, Edt.ON_EDT);
    }

    /** Forgets the card built ahead, and takes it out of the body unless it is the one showing. */
    private void dropAhead() {
        if (ahead != null && ahead.screen() != shown && ahead.screen().getParent() == body) {
            body.remove(ahead.screen());
        }
        ahead = null;
    }

    /**
     * Where a screen is laid out in the body: with the nav bar below it or without (the bar may
     * be showing now or not).
     */
    private Rectangle screenBounds(boolean withNav) {
        Rectangle bounds = shown == null ? new Rectangle() : shown.getBounds();
        NavBar navBar = hidden().navBar;
        if (withNav && !navBar.isVisible()) {
            bounds.height -= navBar.getPreferredSize().height;
        } else if (!withNav && navBar.isVisible()) {
            bounds.height += navBar.getHeight();
        }
        return bounds;
    }

    /** A result card built from the answers the patient was choosing; used if the visit ends with just those. */
    private record ResultAhead(Answers answers, Language language, Result result, Sheet sheet, ResultScreen screen) {
        boolean fits(Wizard wizard) {
            return wizard.language() == language && wizard.answers().equals(answers)
                    && wizard.result().equals(Optional.of(result)) && wizard.printState() == PrintState.UNAVAILABLE
                    && wizard.sheet().equals(Optional.of(sheet));
        }
    }

    /** Builds and adds (hidden) one screen unless it is kept already; whether it built it. */
    private boolean prepare(Page page, Optional<Question> question, Language language) {
        String key = key(page, question, language);
        if (kept.containsKey(key)) {
            return false;
        }
        JComponent screen = build(Texts.of(language), page, question);
        kept.put(key, screen);
        screen.setVisible(false);
        addToBody(screen);
        return true;
    }

    /** Every screen takes the body's one cell; the others in it are hidden. */
    private void addToBody(JComponent screen) {
        body.add(screen, "cell 0 0, grow, wmin 10, hmin 10");
    }

    private JComponent build(Texts texts, Page page, Optional<Question> question) {
        switch (page) {
            case ATTRACT:
                return new AttractScreen(texts, config.clinicName(), config.languages(), wizard.language(),
                        wizard::start);
            case INTRO:
                return new IntroScreen(texts, wizard::beginQuestions);
            case HELP_CONFIRM:
                return new HelpConfirmScreen(texts, wizard::confirmHelp, wizard::notNow);
            default:
                return questionScreen(texts, question.orElseThrow());
        }
    }

    /** A kept screen shows no press or hover left over from the last time it was tapped. */
    private static void calm(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof AbstractButton) {
                ButtonModel model = ((AbstractButton) child).getModel();
                model.setArmed(false);
                model.setPressed(false);
                model.setRollover(false);
            } else if (child instanceof Container) {
                calm((Container) child);
            }
        }
    }

    /** Wide screens show the cause tiles in four columns, narrow ones in three. */
    private int causeColumns() {
        return frame.getWidth() >= 1600 || frame.getWidth() == 0 ? 4 : 3;
    }

    private JComponent questionScreen(Texts texts, Question question) {
        QuestionHeader.ReadAloud readAloud = speech
                .<QuestionHeader.ReadAloud>map(s -> text -> s.say(text, wizard.language()))
                .orElse(null);
        switch (question.kind()) {
            case AGE_BAND:
                return SingleChoiceScreen.age(texts, wizard::answers, readAloud, wizard::answer);
            case PAIN_SCORE:
                return new PainScreen(texts, wizard::answers, readAloud, wizard::answer);
            case DURATION:
                return SingleChoiceScreen.duration(texts, wizard::answers, readAloud, wizard::answer);
            case CAUSES:
                return new CausesScreen(texts, wizard::answers, readAloud, causeColumns(), wizard::answer,
                        () -> EventQueue.invokeLater(this::prepareNext));
            default:
                return new ReplyScreen(texts, question, wizard::answers, readAloud, wizard::answer);
        }
    }

    /**
     * What the attract screen does not show, built apart so that the first screen paints sooner:
     * the nav bar, the top bar's language, text size and contrast buttons, the idle overlay (the
     * glass pane), the out-of-order screen and the staff layer over the screen, and the warm-up.
     * Built by {@link #hidden()}: in the kiosk right after the first paint, or at its first use if
     * that comes sooner (a tap, a health report); everywhere else at once.
     */
    private final class Hidden {
        final NavBar navBar = new NavBar(wizard::back, wizard::startOver);
        final IdleOverlay overlay = new IdleOverlay();
        final OutOfOrderScreen outOfOrder = new OutOfOrderScreen();
        final StaffLayer staff;
        final WarmUp warmUp = new WarmUp(new WarmUpHost(), config.languages());

        Hidden() {
            navBar.setVisible(false);
            // in its row between the screen and the disclaimer
            root.add(navBar, "growx", root.getComponentZOrder(disclaimer));
            topBar.buildChoices();
            frame.setGlassPane(overlay);
            overlay.setVisible(false);
            staff = new StaffLayer(config.staffPinHash(), pinClock, config.languages(), staffActions, staffWork,
                    new StaffHost());
            outOfOrder.setVisible(false);
            JLayeredPane layers = frame.getLayeredPane();
            layers.add(outOfOrder, JLayeredPane.MODAL_LAYER);
            layers.add(staff, JLayeredPane.POPUP_LAYER);
            fit(layers);
            layers.addComponentListener(new ComponentAdapter() {
                @Override
                public void componentResized(ComponentEvent e) {
                    fit(layers);
                }
            });
        }

        private void fit(JLayeredPane layers) {
            outOfOrder.setBounds(0, 0, layers.getWidth(), layers.getHeight());
            staff.setBounds(0, 0, layers.getWidth(), layers.getHeight());
            outOfOrder.revalidate();
            staff.revalidate();
        }
    }

    /** What the staff layer changes in this window. */
    private final class StaffHost implements StaffLayer.Host {
        @Override
        public boolean outOfOrder() {
            return hidden().outOfOrder.isVisible();
        }

        @Override
        public void putOutOfOrder(Language language) {
            putOutOfOrderIn(language);
        }

        @Override
        public void backInService() {
            outOfOrderByCheck = false;
            outOfOrderAfterVisit = false;
            hidden().outOfOrder.setVisible(false);
        }

        @Override
        public Optional<HealthReport> lastCheck() {
            return Optional.ofNullable(health);
        }

        @Override
        public boolean outOfOrderByCheck() {
            return outOfOrderByCheck && hidden().outOfOrder.isVisible();
        }

        @Override
        public void closed() {
            if (wizard.page() == Page.ATTRACT) {
                idle.disarm();
            }
        }
    }

    /** The parts the attract screen does not show, built now if they are not yet. */
    private Hidden hidden() {
        if (hidden == null) {
            assert calledOnEDT();
            hidden = new Hidden();
        }
        return hidden;
    }

    /** What the warm-up reaches of this window: the kept screens, the body, the display's graphics. */
    private final class WarmUpHost implements WarmUp.Host {
        @Override
        public boolean idle() {
            return frame.isDisplayable() && wizard.page() == Page.ATTRACT && !wizard.inVisit()
                    && !hidden().staff.isOpen() && !hidden().overlay.isVisible();
        }

        @Override
        public JComponent keptScreen(Page page, Optional<Question> question, Language language) {
            prepare(page, question, language);
            return kept.get(key(page, question, language));
        }

        @Override
        public Rectangle screenBounds(boolean withNav) {
            return KioskFrame.this.screenBounds(withNav);
        }

        @Override
        public void addHidden(JComponent screen) {
            screen.setVisible(false);
            addToBody(screen);
        }

        @Override
        public void remove(JComponent screen) {
            body.remove(screen);
        }

        @Override
        public Sheet sheet(Answers answers, Language language, String visitCode) {
            return Sheet.of(config, answers, language, visitCode, LocalDate.now());
        }

        @Override
        public PreviewImages previewImages() {
            return previewImages;
        }

        @Override
        public GraphicsConfiguration graphics() {
            return frame.getGraphicsConfiguration();
        }
    }

    /** The content pane; tells the start-up measurement when the attract screen first painted. */
    private final class RootPanel extends JPanel {
        RootPanel() {
            // hidemode 3: without the nav bar, the disclaimer moves up into its row
            super(new MigLayout("insets 0, fill, gap 0, wrap 1, hidemode 3", "[grow, fill]", "[][grow, fill][][]"));
            setName("kiosk.root");
        }

        @Override
        public void paint(Graphics g) {
            super.paint(g);
            if (afterFirstPaint != null && wizard.page() == Page.ATTRACT) {
                Runnable action = afterFirstPaint;
                afterFirstPaint = null;
                EventQueue.invokeLater(action);
            }
            if (!painted) {
                // nothing is built ahead before the first screen is on the display (start-up): then
                // what it does not show, then the screen that comes next
                painted = true;
                EventQueue.invokeLater(KioskFrame.this::hidden);
                EventQueue.invokeLater(KioskFrame.this::prepareNext);
                Timer later = new Timer(WARM_UP_DELAY_MILLIS, e -> hidden().warmUp.start());
                later.setRepeats(false);
                later.start();
            }
        }
    }
}
