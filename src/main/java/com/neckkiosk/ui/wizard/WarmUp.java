package com.neckkiosk.ui.wizard;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.neckkiosk.content.Language;
import com.neckkiosk.print.Sheet;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Cause;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.QuestionFlow;
import com.neckkiosk.triage.Reply;
import com.neckkiosk.triage.Triage;
import java.awt.GraphicsConfiguration;
import java.awt.Rectangle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.Timer;

/**
 * Warms the kiosk up while the attract screen waits for its first patient. A kiosk is switched
 * on long before the first patient comes; without this, the first visit builds, lays out and
 * paints every screen with cold code (nothing compiled by the JIT yet), and its taps are the
 * slowest of the day.
 *
 * <p>It builds every screen of the flow in each language (kept hidden in the body, as the
 * kiosk keeps them anyway) and a result card of each kind, lays each one out where it will
 * show, and paints it into an off-screen image: nothing on the display changes. It does that
 * {@link #ROUNDS} times, so the code of a tap is compiled before the first patient's.
 *
 * <p>One small step at a time on the EDT, a moment after the last, so a tap waits at most for
 * the step under way. It pauses the moment a visit starts or the staff layer
 * opens, and goes on when the attract screen is back. It leaves nothing of a visit: no answer
 * stays selected on a kept screen, its result cards leave the window, nothing is logged.
 */
public final class WarmUp {

    /** Rounds of painting every screen: enough for the JIT to compile the paint and layout code. */
    static final int ROUNDS = 3;
    /** The gap between two steps, in milliseconds. */
    private static final int STEP_GAP_MILLIS = 2;
    /** The visit code on the warm-up's result cards, which no one sees. */
    private static final String CODE = "WARM-1";
    /** The result of each kind: self-care, see a doctor (recurring), urgent (an injury), emergency. */
    private static final List<Map<Question, Reply>> RESULTS = List.of(Map.of(),
            Map.of(Question.RECURRING, Reply.YES), Map.of(Question.INJURY, Reply.YES),
            Map.of(Question.CHEST_PAIN, Reply.YES));

    /** What the warm-up needs of the kiosk window. */
    interface Host {
        /** Whether the attract screen shows with nobody using the kiosk (no visit, no staff). */
        boolean idle();

        /** The kept screen for a page, built and put in the body hidden if it is not there yet. */
        JComponent keptScreen(Page page, Optional<Question> question, Language language);

        /** Where a screen is laid out in the body: with the nav bar below it or without. */
        Rectangle screenBounds(boolean withNav);

        /** Puts a screen in the body, hidden, or takes it out again. */
        void addHidden(JComponent screen);

        void remove(JComponent screen);

        Sheet sheet(Answers answers, Language language, String visitCode);

        PreviewImages previewImages();

        GraphicsConfiguration graphics();
    }

    private final Host host;
    private final List<Language> languages;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private boolean started;
    private boolean posted;
    private long startNanos;
    private long doneNanos;
    private long longestStepNanos;
    private final OffScreen canvas = new OffScreen();
    /** The warm-up's result card while it is in the body. */
    private ResultScreen card;
    /**
     * Each step comes a moment after the last, not straight behind it: the event queue is empty
     * between steps, so a patient's tap (or a test robot waiting for the EDT to be idle) never
     * queues behind a chain of steps that keeps the EDT busy for seconds.
     */
    private final Timer pause = new Timer(STEP_GAP_MILLIS, e -> step());

    WarmUp(Host host, List<Language> languages) {
        this.host = host;
        this.languages = languages;
        pause.setRepeats(false);
        // a coalescing timer drops a firing that comes while its last action still runs: the next step
        pause.setCoalesce(false);
    }

    /** Plans the steps and posts the first; once only. */
    void start() {
        assert calledOnEDT();
        if (started) {
            return;
        }
        started = true;
        startNanos = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            // the code is the same in every language: the others' screens are built and painted once
            for (Language language : round == 0 ? languages : languages.subList(0, 1)) {
                planScreens(language);
                for (Map<Question, Reply> replies : RESULTS) {
                    planResult(language, replies);
                }
            }
        }
        steps.add(canvas::release);
        post();
    }

    /** Goes on where it paused, if it did (the kiosk calls this when the attract screen shows again). */
    void resume() {
        assert calledOnEDT();
        if (started && !steps.isEmpty()) {
            post();
        }
    }

    /** Whether every step has run. */
    public boolean done() {
        return started && steps.isEmpty() && doneNanos != 0;
    }

    /** Steps still to run (none before it starts). */
    int stepsLeft() {
        return steps.size();
    }

    /** From the start to the last step, in milliseconds, pauses included. */
    public double millis() {
        return (doneNanos - startNanos) / 1e6;
    }

    /** The longest single step on the EDT, in milliseconds: the longest a tap could have waited for it. */
    public double longestStepMillis() {
        return longestStepNanos / 1e6;
    }

    private void post() {
        if (!posted) {
            posted = true;
            pause.restart();
        }
    }

    private void step() {
        posted = false;
        if (!host.idle()) {
            takeOutCard(); // a visit began: the warm-up's card leaves; resume() goes on later
            return;
        }
        Runnable next = steps.poll();
        if (next == null) {
            return;
        }
        long start = System.nanoTime();
        next.run();
        long end = System.nanoTime();
        longestStepNanos = Math.max(longestStepNanos, end - start);
        if (steps.isEmpty()) {
            doneNanos = end;
        } else {
            post();
        }
    }

    /** Every screen of the flow: built (unless kept already), laid out, painted with an answer given and blank. */
    private void planScreens(Language language) {
        Answers sample = answered(Map.of());
        List<Screen> screens = new ArrayList<>();
        screens.add(new Screen(Page.INTRO, Optional.empty()));
        QuestionFlow.ORDER.forEach(question -> screens.add(new Screen(Page.QUESTION, Optional.of(question))));
        screens.add(new Screen(Page.HELP_CONFIRM, Optional.empty()));
        for (Screen screen : screens) {
            steps.add(() -> host.keptScreen(screen.page(), screen.question(), language));
            steps.add(() -> layOut(host.keptScreen(screen.page(), screen.question(), language), true));
            steps.add(() -> {
                JComponent shown = host.keptScreen(screen.page(), screen.question(), language);
                if (shown instanceof AnswerScreen answers) {
                    // as a patient sees it with an answer given, then blank again as the next one will
                    answers.showAnswers(sample);
                    paint(shown);
                    answers.showAnswers(Answers.none());
                }
            });
            steps.add(() -> paint(host.keptScreen(screen.page(), screen.question(), language)));
        }
    }

    private record Screen(Page page, Optional<Question> question) {
    }

    /** A result card as the kiosk shows it: saving, then with the visit code and Print; then out. */
    private void planResult(Language language, Map<Question, Reply> replies) {
        Answers answers = answered(replies);
        Result saving = Result.pending(Triage.assess(answers));
        Result saved = saving.saved(CODE);
        PrintState print = saved.assessment().disposition() == Disposition.EMERGENCY
                ? PrintState.UNAVAILABLE : PrintState.READY;
        steps.add(() -> card = new ResultScreen(Texts.of(language), saving, answers, PrintState.UNAVAILABLE,
                host.sheet(answers, language, null), host.previewImages(), () -> { }, () -> { }));
        steps.add(() -> {
            if (card != null) {
                host.addHidden(card);
            }
        });
        steps.add(() -> layOutCard());
        steps.add(() -> paintCard());
        steps.add(() -> {
            if (card != null) {
                card.update(saved, print, host.sheet(answers, language, CODE));
            }
        });
        steps.add(() -> layOutCard());
        steps.add(() -> paintCard());
        steps.add(() -> paintCard()); // with the preview's still image, drawn off the EDT meanwhile
        steps.add(this::takeOutCard);
    }

    private void layOutCard() {
        if (card != null) {
            layOut(card, false);
        }
    }

    private void paintCard() {
        if (card != null) {
            paint(card);
        }
    }

    private void takeOutCard() {
        if (card != null) {
            host.remove(card);
            card = null;
        }
    }

    /** Lays a hidden screen out where it will show. */
    private void layOut(JComponent screen, boolean withNav) {
        OffScreen.layOut(screen, host.screenBounds(withNav));
    }

    /** Paints a hidden screen, laid out, off-screen. */
    private void paint(JComponent screen) {
        canvas.paint(screen, host.graphics());
    }

    /** Every question this flow asks answered: "No", an adult, pain 3, a few days, posture, except {@code replies}. */
    static Answers answered(Map<Question, Reply> replies) {
        Answers answers = Answers.none();
        for (Optional<Question> next = QuestionFlow.next(answers); next.isPresent() && !Triage.emergencyReached(answers);
             next = QuestionFlow.next(answers)) {
            answers = SampleAnswers.answer(answers, next.get(), replies, Set.of(Cause.POSTURE));
        }
        return answers;
    }
}
