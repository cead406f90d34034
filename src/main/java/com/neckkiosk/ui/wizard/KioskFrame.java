package com.neckkiosk.ui.wizard;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.content.Language;
import com.neckkiosk.triage.Question;
import com.neckkiosk.ui.Glyphs;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.ScrollColumn;
import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Graphics;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.util.Optional;
import java.util.function.LongSupplier;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;
import javax.swing.ScrollPaneConstants;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * The kiosk's one window: a bar with language, text size, contrast and "I need help now";
 * the current step's screen; Back, the step count and Start over; the disclaimer; and the
 * idle overlay as glass pane. It shows the {@link Wizard}'s state and rebuilds the screen
 * whenever that state, the language or the look changes (screens are cheap to build).
 */
public final class KioskFrame {

    private final JFrame frame;
    private final ClinicConfig config;
    private final Wizard wizard;
    private final Optional<Speech> speech;
    private final IdleTimer idle;
    private final IdleOverlay overlay = new IdleOverlay();
    private final JPanel root = new RootPanel();
    private final AWTEventListener touches;
    private final KeyEventDispatcher altF4;
    private KioskTheme.Look look = KioskTheme.Look.STANDARD;
    private Runnable afterFirstPaint;

    KioskFrame(ClinicConfig config, Wizard wizard, Optional<Speech> speech, LongSupplier millis, boolean kiosk) {
        assert calledOnEDT();
        this.config = config;
        this.wizard = wizard;
        this.speech = speech;
        this.idle = new IdleTimer(config.idleTimeoutSeconds() * 1000L, config.idleWarningSeconds() * 1000L,
                millis, new IdleTimer.Listener() {
                    @Override
                    public void idleWarning(int secondsLeft) {
                        overlay.show(Texts.of(wizard.language()), secondsLeft, idle::touch);
                    }

                    @Override
                    public void idleCancelled() {
                        overlay.setVisible(false);
                    }

                    @Override
                    public void idleExpired() {
                        overlay.setVisible(false);
                        wizard.timedOut();
                    }
                });

        frame = new JFrame();
        frame.setName("kiosk.frame");
        frame.setContentPane(root);
        frame.setGlassPane(overlay);
        overlay.setVisible(false);
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
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(touches, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.KEY_EVENT_MASK);
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
        overlay.show(texts, seconds, idle::touch);
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
        speech.ifPresent(Speech::quiet);
        Toolkit.getDefaultToolkit().removeAWTEventListener(touches);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(altF4);
        frame.dispose();
    }

    void changeLook(KioskTheme.Look chosen) {
        assert calledOnEDT();
        look = chosen;
        KioskTheme.apply(look, config.textScale());
        render();
    }

    /** Rebuilds the window's content for the wizard's current state. */
    void render() {
        assert calledOnEDT();
        Texts texts = Texts.of(wizard.language());
        Page page = wizard.page();
        if (page == Page.ATTRACT) {
            idle.disarm();
        } else if (!idle.armed()) {
            idle.arm();
        }
        speech.ifPresent(Speech::quiet);

        root.removeAll();
        root.add(topBar(texts, page), "growx");
        ScrollColumn body = new ScrollColumn(new MigLayout("insets 20 56 20 56, fill", "[grow, fill]", "[grow, fill]"));
        body.setName("kiosk.body");
        body.add(screen(texts, page), "grow, wmin 10, hmin 10");
        JScrollPane scroll = new JScrollPane(body, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setName("kiosk.scroll");
        scroll.setBorder(null);
        root.add(scroll, "grow, hmin 10");
        if (page != Page.ATTRACT && page != Page.RESULT) {
            root.add(navBar(texts, page), "growx");
        }
        WrapText disclaimer = new WrapText("kiosk.disclaimer", texts.content().disclaimer(), "hint");
        root.add(disclaimer, "growx, wmin 10, gapx 56 56, gapy 8 16");
        root.revalidate();
        root.repaint();
    }

    private JComponent screen(Texts texts, Page page) {
        switch (page) {
            case ATTRACT:
                return new AttractScreen(texts, config.clinicName(), config.languages(), wizard.language(),
                        wizard::start);
            case INTRO:
                return new IntroScreen(texts, wizard::beginQuestions);
            case HELP_CONFIRM:
                return new HelpConfirmScreen(texts, wizard::confirmHelp, wizard::notNow);
            case RESULT:
                return new ResultScreen(texts, wizard);
            default:
                return questionScreen(texts, wizard.question().orElseThrow());
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
                return SingleChoiceScreen.age(texts, wizard.answers(), readAloud, wizard::answer);
            case PAIN_SCORE:
                return new PainScreen(texts, wizard.answers(), readAloud, wizard::answer);
            case DURATION:
                return SingleChoiceScreen.duration(texts, wizard.answers(), readAloud, wizard::answer);
            case CAUSES:
                return new CausesScreen(texts, wizard.answers(), readAloud, causeColumns(), wizard::answer);
            default:
                return new ReplyScreen(texts, question, wizard.answers(), readAloud, wizard::answer);
        }
    }

    private JPanel topBar(Texts texts, Page page) {
        JPanel bar = new JPanel(new MigLayout("insets 12 56 12 56, gap " + Touch.GAP, "[][][]push[]", "[]"));
        bar.setName("kiosk.topBar");
        bar.putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        if (page != Page.ATTRACT) {
            for (Language language : config.languages()) {
                if (language != wizard.language()) {
                    JButton switchTo = Touch.button("nav.language." + language.code(), language.ownName(),
                            Touch.QUIET, () -> wizard.switchLanguage(language));
                    Touch.describe(switchTo, language.ownName(), texts.get("nav.language"));
                    bar.add(switchTo);
                }
            }
            int glyph = bar.getFont().getSize() + 14;
            bar.add(lookToggle(texts, "nav.textSize", "nav.text_size", Glyphs.textSize(glyph), look.largeText(),
                    look::withLargeText), "w 120!, h 96!");
            bar.add(lookToggle(texts, "nav.contrast", "nav.contrast", Glyphs.contrast(glyph), look.highContrast(),
                    look::withHighContrast), "w 120!, h 96!");
        }
        if (wizard.canAskForHelp()) {
            bar.add(Touch.button("help.button", texts.get("help.button"), Touch.HELP, wizard::askForHelp),
                    "cell 3 0, h 96!");
        } else {
            bar.add(new JPanel(), "cell 3 0, h 96!, w 0!");
        }
        return bar;
    }

    private JPanel navBar(Texts texts, Page page) {
        JPanel bar = new JPanel(new MigLayout("insets 12 56 12 56, gap " + Touch.GAP, "[]push[]push[]", "[]"));
        bar.setName("kiosk.navBar");
        bar.putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        bar.add(Touch.button("nav.back", "\u2190  " + texts.get("nav.back"), Touch.QUIET, wizard::back), "w 200::");
        ((JButton) bar.getComponent(0)).getAccessibleContext().setAccessibleName(texts.get("nav.back"));
        String step = page == Page.QUESTION ? texts.format("nav.step", wizard.stepNumber(), wizard.stepCount()) : "";
        bar.add(Touch.describe(Touch.label("nav.step", step, "step"),
                page == Page.QUESTION ? texts.format("nav.step.spoken", wizard.stepNumber(), wizard.stepCount()) : "",
                null));
        bar.add(Touch.button("nav.startOver", texts.get("nav.start_over"), Touch.QUIET, wizard::startOver));
        return bar;
    }

    /** The content pane; tells the start-up measurement when the attract screen first painted. */
    private final class RootPanel extends JPanel {
        RootPanel() {
            super(new MigLayout("insets 0, fill, gap 0, wrap 1", "[grow, fill]", "[][grow, fill][][]"));
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
        }
    }

    /** An icon toggle in the top bar that switches one aspect of the look (text size, contrast). */
    private JToggleButton lookToggle(Texts texts, String name, String textKey, javax.swing.Icon icon, boolean on,
                                     java.util.function.Function<Boolean, KioskTheme.Look> withAspect) {
        JToggleButton toggle = Touch.toggle(name, "", Touch.QUIET, on);
        toggle.setIcon(icon);
        Touch.describe(toggle, texts.get(textKey), texts.get(textKey + ".explain"));
        toggle.setToolTipText(texts.get(textKey));
        toggle.addActionListener(e -> changeLook(withAspect.apply(toggle.isSelected())));
        return toggle;
    }
}
