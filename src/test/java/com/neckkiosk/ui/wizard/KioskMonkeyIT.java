package com.neckkiosk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.PaperSize;
import com.neckkiosk.config.PinHash;
import com.neckkiosk.content.Language;
import com.neckkiosk.print.PrintOutcome;
import com.neckkiosk.selftest.CheckResult;
import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.PrinterNotice;
import com.neckkiosk.store.VisitLog;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Question;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.staffexit.CornerTaps;
import com.neckkiosk.ui.staffexit.StaffActions;
import com.neckkiosk.ui.testing.RobotWindow;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monkey on the real kiosk window at 1920x1080: {@value #DEFAULT_TAPS} random taps, then the
 * kiosk must still answer, show a screen, go back to the attract screen after the idle
 * timeout and keep no answer of the last patient.
 *
 * <p><b>How it taps.</b> Every tap is a real mouse press and release from {@link java.awt.Robot}
 * through Xvfb, so it takes the path a finger takes: X server, AWT, the glass pane and the
 * layered pane, the kiosk's own touch listener (idle timer, staff corner). No synthetic
 * events, no {@code doClick}, and AssertJ-Swing's robot only for showing the window (its
 * click waits about 235 ms; a bare press and release about 1-4 ms, and the kiosk's own work
 * for a tap 10-30 ms: see docs/BENCHMARKS.md). After each release the monkey waits until the
 * EDT has dispatched it and everything it set off there has run ({@link MouseWatch}), then
 * reads what shows.
 *
 * <p><b>What it taps</b>, drawn from a seeded {@link Random} (the seed is printed; replay a
 * run with {@code -Dmonkey.seed=... -Dmonkey.taps=...}; background timing can still differ): a
 * random point of the window (10%); a button a finger could press right now, showing, enabled
 * and on top (83%, weighted like a patient: mostly answers, "No" likelier so that visits get
 * past the warning signs); the hidden staff corner (five quick taps); or a pause. The kiosk's
 * milliseconds are the real ones plus the pauses, so a pause of a few seconds costs nothing:
 * the idle overlay, its countdown and wipes in the middle of a visit happen during the run.
 * The staff PIN is eight random digits: wrong PINs and the lockout are reached, the staff menu
 * must never be. Sheets print to a queue that does not exist (the real print path, which
 * reports the fault calmly), so no job reaches the CUPS queue. The visit log is in memory but
 * as slow as a busy disk, so taps land while a result is being stored. Read aloud is offered
 * through a stand-in engine that says nothing.
 *
 * <p><b>What fails it</b>: an exception that reaches any thread's uncaught-exception handler
 * (the EDT's included), an error logged by the kiosk, or a PIN check that failed; the EDT not
 * answering within {@value #RESPONSE_MILLIS} ms (checked every {@value #CHECK_EVERY} taps) or
 * no screen showing; a tap never dispatched; the staff menu or out of order reached; and,
 * every {@value #IDLE_EVERY} taps, the kiosk not back on the attract screen with nothing of the
 * last visit left once nobody touches it (see {@link #nobodyThereLeavesNothing}). Every
 * failure names the seed and the tap and lists the last moves; the summary printed at the end
 * counts the screens, results and states reached.
 *
 * <p>Three to four minutes on a busy two-core machine: a failsafe test ({@code mvn verify}),
 * not part of {@code mvn test}.
 */
class KioskMonkeyIT {

    static final int DEFAULT_TAPS = 10_000;
    private static final int TAPS = Integer.getInteger("monkey.taps", DEFAULT_TAPS);
    private static final long SEED = Long.getLong("monkey.seed", System.nanoTime());
    static final int CHECK_EVERY = 50;
    static final int IDLE_EVERY = 1_000;
    static final long RESPONSE_MILLIS = 2_000;
    private static final int IDLE_SECONDS = 4;
    private static final int COUNTDOWN_SECONDS = 2;
    private static final Dimension SIZE = RobotWindow.KIOSK_SIZE;

    @TempDir
    Path speechDir;

    @RegisterExtension
    final RobotWindow gui = new RobotWindow(Timeout.timeout(15_000));

    private KioskFrame kiosk;
    private java.awt.Robot mouse;
    private final InMemoryVisitLog log = new InMemoryVisitLog();
    /** The visit log as the kiosk sees it: in memory, but as slow as a database on a busy disk. */
    private final VisitLog slowLog = new SlowLog(log, new Random(SEED + 1));
    private final Random random = new Random(SEED);
    /** What the pauses added to the kiosk's clock. */
    private final AtomicLong paused = new AtomicLong();
    private final List<String> staffReached = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final AtomicInteger tapIndex = new AtomicInteger();
    private final Deque<String> lastActions = new ArrayDeque<>();
    private final Map<String, Integer> reached = new TreeMap<>();
    /** Taps and their total milliseconds, by what was tapped. */
    private final Map<String, long[]> cost = new TreeMap<>();
    private final MouseWatch watch = new MouseWatch();
    /** Taps whose release reached no one (see {@link MouseWatch}). */
    private int lostTaps;
    private final Handler errors = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String line = record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage()
                    + (record.getThrown() == null ? "" : " " + record.getThrown());
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(at() + " logged " + line);
            } else {
                warnings.add(line);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Thread.UncaughtExceptionHandler previousHandler;

    private void open() throws Exception {
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            java.io.StringWriter trace = new java.io.StringWriter();
            failure.printStackTrace(new java.io.PrintWriter(trace));
            problems.add(at() + " uncaught in " + thread.getName() + ": " + trace);
        });
        Logger.getLogger("").addHandler(errors);
        Toolkit.getDefaultToolkit().addAWTEventListener(watch, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK);

        Path engine = speechDir.resolve(Speech.ENGINE);
        Files.writeString(engine, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(engine, PosixFilePermissions.fromString("rwxr-xr-x"));
        StringBuilder pin = new StringBuilder();
        for (int i = 0; i < PinHash.MAX_PIN_DIGITS; i++) {
            pin.append(random.nextInt(10));
        }
        ClinicConfig config = TestConfigs.clinic(IDLE_SECONDS, COUNTDOWN_SECONDS, "NoSuchQueueMonkey", PaperSize.A4,
                PinHash.hash(pin.toString().toCharArray()));
        StaffActions staff = new StaffActions(code -> staffReached.add("exit " + code),
                () -> {
                    staffReached.add("test page");
                    return PrintOutcome.printed("none");
                },
                () -> {
                    staffReached.add("self-test");
                    return List.<CheckResult>of();
                });
        Clock pinClock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.systemDefault();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(KioskMonkeyIT.this.millis());
            }
        };
        kiosk = gui.open(SIZE, () -> {
            KioskTheme.apply(KioskTheme.Look.STANDARD, config.textScale());
            KioskFrame frame = KioskApp.create(config, slowLog, false, VisitWriter.newBackgroundExecutor(),
                    Speech.find(true, speechDir.toString()), staff, pinClock, this::millis);
            frame.frame().setSize(SIZE);
            return frame;
        }, KioskFrame::frame, KioskFrame::dispose);
        mouse = new java.awt.Robot();
        mouse.setAutoDelay(0);
        mouse.setAutoWaitForIdle(false);
    }

    /** The kiosk's clock: real time plus the monkey's pauses. */
    private long millis() {
        return System.currentTimeMillis() + paused.get();
    }

    /** Runs before the window is closed (see {@link RobotWindow}). */
    @AfterEach
    void stopWatching() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(watch);
        Logger.getLogger("").removeHandler(errors);
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
    }

    @Test
    void tenThousandRandomTapsLeaveAWorkingKioskThatForgetsEachPatient() throws Exception {
        System.out.println("monkey: seed " + SEED + " (replay: -Dmonkey.seed=" + SEED + " -Dmonkey.taps=" + TAPS + ")");
        open();
        long started = System.nanoTime();
        int nextCheck = CHECK_EVERY;
        int nextIdle = IDLE_EVERY;
        int idleChecks = 0;
        while (tapIndex.get() < TAPS) {
            act();
            noProblemSoFar();
            if (tapIndex.get() >= nextCheck) {
                nextCheck += CHECK_EVERY;
                stillAnswering();
            }
            if (tapIndex.get() >= nextIdle || tapIndex.get() >= TAPS) {
                nextIdle += IDLE_EVERY;
                // the last time in real time, every other time by a pause on the kiosk's clock
                nobodyThereLeavesNothing(tapIndex.get() >= TAPS, Language.values()[idleChecks++ % Language.values().length]);
                noProblemSoFar();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println(summary(seconds, idleChecks));
        assertThat(staffReached).as("staff actions reached by the monkey").isEmpty();
        if (TAPS >= DEFAULT_TAPS) {
            assertThat(reached).as("where the monkey got (seed " + SEED + ")").containsKeys("intro", "help_confirm",
                    "question.causes", "idle.overlay", "print.failed", "staff.pin.wrong", "language.es",
                    "look.largeText", "look.highContrast");
            assertThat(reached.keySet().stream().filter(k -> k.startsWith("result."))).as("results reached")
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    // ---- the monkey's moves ----

    private void act() throws Exception {
        int roll = random.nextInt(100);
        if (roll < 10) {
            Point at = new Point(random.nextInt(SIZE.width), random.nextInt(SIZE.height));
            tap("window", at);
        } else if (roll < 93) {
            tapAButton();
        } else if (roll < 94) {
            cornerGesture();
        } else {
            pause();
        }
    }

    /** A button a finger could press now: showing, enabled, and what a press there would reach. */
    private void tapAButton() throws Exception {
        readTheCardNowAndThen();
        List<Target> targets = GuiActionRunner.execute(() -> pressable(kiosk.frame().getRootPane()));
        if (targets.isEmpty()) {
            tap("window (no button)", new Point(random.nextInt(SIZE.width), random.nextInt(SIZE.height)));
            return;
        }
        Target target = pick(targets);
        Rectangle r = target.onScreen;
        Point at = new Point(r.x + r.width / 4 + random.nextInt(Math.max(1, r.width / 2)),
                r.y + r.height / 4 + random.nextInt(Math.max(1, r.height / 2)));
        tap(target.name, at);
    }

    /**
     * Every other time on a result card whose visit is still being saved, the monkey reads it
     * (up to a second) until the visit code and Print come, as a patient does; otherwise it taps
     * on at once, so Done during the save is tried too. Without the reading, how often Print was
     * reached depended on how quickly the machine saved, and a run could end without a failed print.
     */
    private void readTheCardNowAndThen() throws Exception {
        if (random.nextBoolean()) {
            return;
        }
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < deadline && GuiActionRunner.execute(() -> kiosk.wizard().page() == Page.RESULT
                && kiosk.wizard().result().map(r -> r.delivery() == Result.Delivery.PENDING).orElse(false))) {
            Thread.sleep(5);
        }
    }

    /**
     * A button at random, but not all alike: a patient mostly answers, now and then goes back,
     * changes the look or asks for help. Answering "no" is likelier, or the monkey would rarely
     * get past the warning signs (one "yes" to most of them ends the visit as an emergency).
     */
    private Target pick(List<Target> targets) {
        int[] weights = new int[targets.size()];
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight(targets.get(i).name);
            total += weights[i];
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return targets.get(i);
            }
        }
        throw new IllegalStateException();
    }

    private static int weight(String name) {
        if (name == null) {
            return 10;
        }
        return switch (name) {
            case "reply.no" -> 100;
            case "reply.yes", "reply.unsure" -> 3;
            case "nav.textSize", "nav.contrast", "help.button", "nav.startOver" -> 1;
            case "nav.back", "question.readAloud", "nav.language.en", "nav.language.es" -> 2;
            default -> 10;
        };
    }

    /** Five quick taps in the empty top-left corner: the staff gesture. */
    private void cornerGesture() throws Exception {
        Point origin = GuiActionRunner.execute(() -> kiosk.frame().getLayeredPane().getLocationOnScreen());
        for (int i = 0; i < CornerTaps.TAPS && tapIndex.get() < TAPS; i++) {
            tap("corner", new Point(origin.x + random.nextInt(50), origin.y + random.nextInt(CornerTaps.REGION)));
        }
    }

    /**
     * Nobody touches for up to the idle time plus the countdown and a second: the kiosk's clock
     * jumps, and the idle timer looks once (as its Swing timer does five times a second).
     */
    private void pause() {
        long jump = random.nextInt((IDLE_SECONDS + COUNTDOWN_SECONDS + 1) * 1000);
        remember("pause " + jump + " ms");
        paused.addAndGet(jump);
        GuiActionRunner.execute(() -> kiosk.idleTimer().tick());
        sample();
    }

    /** One real press and release; returns once the EDT has dispatched the release and what it set off. */
    private void tap(String what, Point at) throws Exception {
        int index = tapIndex.incrementAndGet();
        remember(index + " " + what + " @" + at.x + "," + at.y);
        int releasesBefore = watch.releases();
        long start = System.nanoTime();
        mouse.mouseMove(at.x, at.y);
        mouse.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        mouse.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        // a step aside: once the EDT has seen this move, the release is in the queue (or done)
        Point aside = new Point(at.x < SIZE.width - 1 ? at.x + 1 : at.x - 1, at.y);
        mouse.mouseMove(aside.x, aside.y);
        if (!watch.awaitMoveTo(aside, RESPONSE_MILLIS * 5)) {
            throw new AssertionError(at() + ": the tap was not dispatched within " + RESPONSE_MILLIS * 5
                    + " ms" + edtStack() + recent());
        }
        sample();
        if (watch.releases() == releasesBefore) {
            lostTaps++;
        }
        long[] spent = cost.computeIfAbsent(what.startsWith("window") ? "window" : what, k -> new long[2]);
        spent[0]++;
        spent[1] += System.nanoTime() - start;
    }

    // ---- what the monkey checks ----

    /** Reads what shows after a move (this queues behind the move's work on the EDT) and counts it. */
    private void sample() {
        List<String> seen = GuiActionRunner.execute(() -> {
            List<String> keys = new ArrayList<>();
            Wizard wizard = kiosk.wizard();
            Page page = wizard.page();
            keys.add(switch (page) {
                case QUESTION -> "question." + wizard.question().orElseThrow().id();
                case RESULT -> "result." + wizard.result().orElseThrow().assessment().disposition().name()
                        .toLowerCase(java.util.Locale.ROOT);
                default -> page.id();
            });
            if (page == Page.RESULT) {
                keys.add("print." + wizard.printState().name().toLowerCase(java.util.Locale.ROOT));
            }
            keys.add("language." + wizard.language().code());
            if (kiosk.look().largeText()) {
                keys.add("look.largeText");
            }
            if (kiosk.look().highContrast()) {
                keys.add("look.highContrast");
            }
            if (kiosk.frame().getGlassPane().isVisible()) {
                keys.add("idle.overlay");
            }
            if (kiosk.staffLayer().isOpen()) {
                keys.add("staff.pad");
                String message = find(kiosk.staffLayer(), "staffexit.pin.message")
                        .map(c -> ((javax.swing.text.JTextComponent) c).getText()).orElse("");
                if (message.contains("Exception") || message.contains("Error")) {
                    keys.add("staff.pin.FAILED: " + message);
                }
                if (message.startsWith("Too many") || message.startsWith("Demasiados")) {
                    keys.add("staff.pin.locked");
                } else if (message.startsWith("That PIN") || message.startsWith("Ese PIN")) {
                    keys.add("staff.pin.wrong");
                }
                if (find(kiosk.staffLayer(), "staffexit.leave").isPresent()) {
                    keys.add("staff.MENU");
                }
            }
            if (kiosk.outOfOrder()) {
                keys.add("OUT_OF_ORDER");
            }
            return keys;
        });
        for (String key : seen) {
            reached.merge(key, 1, Integer::sum);
        }
        if (seen.contains("staff.MENU") || seen.contains("OUT_OF_ORDER")
                || seen.stream().anyMatch(k -> k.startsWith("staff.pin.FAILED"))) {
            problems.add(at() + ": a patient's taps reached " + seen + recent());
        }
    }

    private void noProblemSoFar() {
        if (!problems.isEmpty()) {
            throw new AssertionError("seed " + SEED + ": " + problems.size() + " problem(s), the first:\n"
                    + problems.get(0) + recent());
        }
    }

    /** The EDT answers within {@link #RESPONSE_MILLIS}, and the window shows one screen with a size. */
    private void stillAnswering() throws Exception {
        CountDownLatch answered = new CountDownLatch(1);
        EventQueue.invokeLater(answered::countDown);
        if (!answered.await(RESPONSE_MILLIS, TimeUnit.MILLISECONDS)) {
            throw new AssertionError(at() + ": the EDT did not answer within " + RESPONSE_MILLIS + " ms"
                    + edtStack() + recent());
        }
        // a screen swapped in by the last tap (or by a save that just ended) may not be laid out
        // yet; what counts is that one settles within the same time, as a patient would see it
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RESPONSE_MILLIS);
        String screen = screenProblem();
        while (screen != null && System.nanoTime() < until) {
            Thread.sleep(50);
            screen = screenProblem();
        }
        if (screen != null) {
            throw new AssertionError(at() + ": " + screen + recent());
        }
    }

    /** Why the window does not show one screen with a size, or null when it does. */
    private String screenProblem() {
        return GuiActionRunner.execute(() -> {
            if (!kiosk.frame().isShowing()) {
                return "the window is not showing";
            }
            // kept screens stay in the body, hidden; exactly one is visible
            Container body = (Container) find(kiosk.frame().getContentPane(), "kiosk.body").orElseThrow();
            List<Component> visible = Arrays.stream(body.getComponents()).filter(Component::isVisible).toList();
            if (visible.size() != 1) {
                return visible.size() + " visible screens in the body";
            }
            Component shown = visible.get(0);
            if (!shown.isShowing() || shown.getWidth() < 100 || shown.getHeight() < 100) {
                StringBuilder chain = new StringBuilder();
                for (Component c = shown; c != null; c = c.getParent()) {
                    chain.append(" < ").append(c.getClass().getSimpleName()).append('[').append(c.getName())
                            .append(c.isVisible() ? " visible" : " hidden").append(c.isDisplayable() ? " displayable" : " NOT-DISPLAYABLE").append(c.isShowing() ? " showing" : " not-showing")
                            .append(' ').append(c.getWidth()).append('x').append(c.getHeight()).append(']');
                }
                return "the screen " + shown.getName() + " is not showing (" + shown.getWidth() + "x"
                        + shown.getHeight() + ")" + chain;
            }
            return null;
        });
    }

    /**
     * Nobody touches the screen: within the idle time and the countdown (in real time, or at
     * once by a pause on the kiosk's clock) the kiosk is on the attract screen with the overlay
     * and the staff pad gone and the idle timer off, and nothing of the visit is left: no
     * answer, result, print or language in the wizard, and the visit's log record (if it
     * ended before its result) says it timed out. Then a new patient, in {@code language},
     * taps through to the causes: Back from the intro leads out, and no question screen shows
     * an earlier answer.
     */
    void nobodyThereLeavesNothing(boolean realTime, Language language) {
        String when = "after " + tapIndex.get() + " taps (seed " + SEED + ")";
        remember("idle check, " + (realTime ? "real time" : "by a pause") + ", then a walk in " + language);
        // first whatever the last tap set off settles: the result stored, the print answered
        waitUntil("the result card settles " + when, () -> kiosk.wizard().result()
                .map(r -> r.delivery() != Result.Delivery.PENDING).orElse(true)
                && kiosk.wizard().printState() != PrintState.PRINTING);
        // the visit under way, if any, and the outcome its record must end with
        Map.Entry<String, VisitRecord.Outcome> visit = GuiActionRunner.execute(() -> kiosk.wizard().visitId()
                .map(id -> Map.entry(id, kiosk.wizard().result().isPresent()
                        ? VisitRecord.Outcome.COMPLETED : VisitRecord.Outcome.TIMED_OUT))
                .orElse(null));
        if (!realTime) {
            paused.addAndGet((IDLE_SECONDS + COUNTDOWN_SECONDS) * 1000L + 1);
        }
        Pause.pause(new Condition("the attract screen, nobody there, " + when) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> kiosk.wizard().page() == Page.ATTRACT
                        && !kiosk.frame().getGlassPane().isVisible() && !kiosk.staffLayer().isOpen()
                        && !kiosk.idleTimer().armed());
            }
        }, Timeout.timeout((IDLE_SECONDS + COUNTDOWN_SECONDS) * 1000L + 10_000));
        reached.merge(realTime ? "idle.wiped.realTime" : "idle.wiped.byPause", 1, Integer::sum);
        GuiActionRunner.execute(() -> {
            Wizard wizard = kiosk.wizard();
            assertThat(wizard.inVisit()).as("a visit " + when).isFalse();
            assertThat(wizard.answers().asIds()).as("answers " + when).isEmpty();
            assertThat(wizard.answers().helpRequested()).as("help " + when).isFalse();
            assertThat(wizard.result()).as("result " + when).isEmpty();
            assertThat(wizard.printState()).as("print " + when).isEqualTo(PrintState.UNAVAILABLE);
            assertThat(wizard.language()).as("language " + when).isEqualTo(Language.EN);
            assertThat(kiosk.outOfOrder()).as("out of order " + when).isFalse();
        });
        if (visit != null) {
            waitUntil("the wiped visit is logged as " + visit.getValue() + " " + when, () -> log.visits().stream()
                    .anyMatch(v -> v.id().equals(visit.getKey()) && v.outcome() == visit.getValue()));
        }
        walkInAndFindNothing(language, when);
    }

    /** A new patient: every screen on the way to the causes starts blank. */
    private void walkInAndFindNothing(Language language, String when) {
        tapNamed("attract.language." + language.code());
        waitUntil("intro", () -> kiosk.wizard().page() == Page.INTRO);
        assertNothingChosen("intro", when);
        tapNamed("nav.back");
        waitUntil("Back from the intro ends the visit", () -> kiosk.wizard().page() == Page.ATTRACT
                && !kiosk.wizard().inVisit());
        tapNamed("attract.language." + language.code());
        waitUntil("intro again", () -> kiosk.wizard().page() == Page.INTRO);
        tapNamed("intro.start");
        Question previous = null;
        while (true) {
            Question now = previous;
            waitUntil("past " + now, () -> kiosk.wizard().question().orElse(null) != now);
            Question question = GuiActionRunner.execute(() -> kiosk.wizard().question().orElseThrow());
            Answers given = GuiActionRunner.execute(() -> kiosk.wizard().answers());
            assertThat(given.asIds().keySet()).as("answers before " + question + " " + when)
                    .allMatch(q -> q != question);
            assertNothingChosen(question.id(), when);
            if (question == Question.CAUSES) {
                break;
            }
            tapNamed(switch (question.kind()) {
                case AGE_BAND -> "age.18_64";
                case PAIN_SCORE -> "pain.3";
                case DURATION -> "duration.days";
                default -> "reply.no";
            });
            previous = question;
        }
        tapNamed("nav.startOver");
        waitUntil("attract after the walk", () -> kiosk.wizard().page() == Page.ATTRACT && !kiosk.wizard().inVisit());
    }

    private void assertNothingChosen(String screen, String when) {
        List<String> selected = GuiActionRunner.execute(() -> {
            List<String> names = new ArrayList<>();
            collect(kiosk.frame().getContentPane(), c -> c instanceof JToggleButton t && t.isShowing() && t.isSelected()
                    && !t.getName().startsWith("nav."), names);
            return names;
        });
        assertThat(selected).as("chosen on " + screen + " " + when + " for a new patient").isEmpty();
    }

    /** Taps a named button the way the monkey does (scrolled into view first, as a patient would). */
    private void tapNamed(String name) {
        GuiActionRunner.execute(() -> {
            JComponent button = (JComponent) findShowing(kiosk.frame().getRootPane(), name)
                    .orElseThrow(() -> new AssertionError("no " + name + " showing"));
            button.scrollRectToVisible(new Rectangle(button.getSize()));
        });
        gui.robot().waitForIdle();
        Rectangle onScreen = GuiActionRunner.execute(() -> {
            JComponent button = (JComponent) findShowing(kiosk.frame().getRootPane(), name).orElseThrow();
            Rectangle visible = button.getVisibleRect();
            Point corner = visible.getLocation();
            SwingUtilities.convertPointToScreen(corner, button);
            return new Rectangle(corner, visible.getSize());
        });
        try {
            tap(name, new Point(onScreen.x + onScreen.width / 2, onScreen.y + onScreen.height / 2));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    // ---- helpers ----

    /**
     * Watches the mouse events the EDT dispatches: counts releases, and tells when the pointer's
     * move to a point has been dispatched. X and AWT post press, release and move in that order
     * (a move may take an earlier move's place in the queue), so once that move is seen the
     * release is in the queue or done, and an {@code invokeAndWait} then runs after it and all it
     * set off. A release not counted by then reached no one: Swing shows no one a release whose
     * press went to a control that has left the window meanwhile.
     */
    private static final class MouseWatch implements AWTEventListener {
        private int releases;
        private Point lastMove;

        @Override
        public synchronized void eventDispatched(AWTEvent event) {
            if (event.getID() == MouseEvent.MOUSE_RELEASED) {
                releases++;
            } else if (event.getID() == MouseEvent.MOUSE_MOVED) {
                lastMove = ((MouseEvent) event).getLocationOnScreen();
                notifyAll();
            }
        }

        synchronized int releases() {
            return releases;
        }

        synchronized boolean awaitMoveTo(Point onScreen, long millis) throws InterruptedException {
            long deadline = System.currentTimeMillis() + millis;
            while (!onScreen.equals(lastMove)) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                wait(left);
            }
            lastMove = null;
            return true;
        }
    }

    /** Every write takes up to a quarter of a second, so taps land while the result is being stored. */
    private static final class SlowLog implements VisitLog {
        private final VisitLog log;
        private final Random delays;

        SlowLog(VisitLog log, Random delays) {
            this.log = log;
            this.delays = delays;
        }

        private void busy() {
            try {
                Thread.sleep(delays.nextInt(250)); // stands in for the disk, on the kiosk's writer thread
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void save(VisitRecord visit) {
            busy();
            log.save(visit);
        }

        @Override
        public void saveWithAlert(VisitRecord visit, AlertRecord alert) {
            busy();
            log.saveWithAlert(visit, alert);
        }

        @Override
        public String nextVisitCode(String kioskId, java.time.LocalDate day) {
            return log.nextVisitCode(kioskId, day);
        }

        @Override
        public void recordPrinterNotice(PrinterNotice notice) {
            busy();
            log.recordPrinterNotice(notice);
        }
    }

    /** A showing, enabled button and the part of it on the screen, if a press there reaches it. */
    private record Target(String name, Rectangle onScreen) {
    }

    private static List<Target> pressable(JRootPane root) {
        List<Component> buttons = new ArrayList<>();
        collectComponents(root, c -> c instanceof AbstractButton && c.isShowing() && c.isEnabled(), buttons);
        List<Target> targets = new ArrayList<>();
        for (Component c : buttons) {
            Rectangle visible = ((JComponent) c).getVisibleRect();
            if (visible.isEmpty()) {
                continue;
            }
            Point centre = SwingUtilities.convertPoint(c, visible.x + visible.width / 2, visible.y + visible.height / 2,
                    root);
            Component hit = SwingUtilities.getDeepestComponentAt(root, centre.x, centre.y);
            if (hit != c && !SwingUtilities.isDescendingFrom(hit, c)) {
                continue;
            }
            Point corner = visible.getLocation();
            SwingUtilities.convertPointToScreen(corner, c);
            targets.add(new Target(c.getName(), new Rectangle(corner, visible.getSize())));
        }
        return targets;
    }

    private static java.util.Optional<Component> find(Container root, String name) {
        List<Component> found = new ArrayList<>();
        collectComponents(root, c -> name.equals(c.getName()), found);
        return found.stream().findFirst();
    }

    /** The showing one: screens kept hidden in the body have buttons of the same names. */
    private static java.util.Optional<Component> findShowing(Container root, String name) {
        List<Component> found = new ArrayList<>();
        collectComponents(root, c -> name.equals(c.getName()) && c.isShowing(), found);
        return found.stream().findFirst();
    }

    private static void collect(Container root, java.util.function.Predicate<Component> wanted, List<String> names) {
        List<Component> found = new ArrayList<>();
        collectComponents(root, wanted, found);
        found.forEach(c -> names.add(c.getName()));
    }

    private static void collectComponents(Container root, java.util.function.Predicate<Component> wanted,
                                          List<Component> found) {
        for (Component child : root.getComponents()) {
            if (wanted.test(child)) {
                found.add(child);
            }
            if (child instanceof Container container) {
                collectComponents(container, wanted, found);
            }
        }
    }

    private void waitUntil(String description, BooleanSupplier check) {
        gui.waitUntil(description + " (seed " + SEED + ", tap " + tapIndex.get() + ")", check);
    }

    private String at() {
        return "seed " + SEED + ", tap " + tapIndex.get();
    }

    private synchronized void remember(String action) {
        lastActions.addLast(action);
        if (lastActions.size() > 25) {
            lastActions.removeFirst();
        }
    }

    private synchronized String recent() {
        return "\nthe last moves:\n  " + String.join("\n  ", lastActions);
    }

    private static String edtStack() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("AWT-EventQueue"))
                .map(e -> "\n" + e.getKey().getName() + ":\n    " + java.util.Arrays.stream(e.getValue())
                        .map(StackTraceElement::toString).collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining());
    }

    private String summary(double seconds, int idleChecks) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(java.util.Locale.ROOT, "monkey: %d taps in %.1f s (%.1f ms a tap, idle checks %d), seed %d%n",
                tapIndex.get(), seconds, seconds * 1000 / Math.max(1, tapIndex.get()), idleChecks, SEED));
        long screens = reached.keySet().stream().filter(k -> k.startsWith("question.") || k.startsWith("result.")
                || k.equals("attract") || k.equals("intro") || k.equals("help_confirm")).count();
        out.append("monkey: ").append(screens).append(" distinct screens, results ")
                .append(reached.keySet().stream().filter(k -> k.startsWith("result.")).map(k -> k.substring(7))
                        .collect(Collectors.joining(", ")))
                .append("; visits logged ").append(log.visits().size()).append(", alerts ").append(log.alerts().size())
                .append(", printer notices ").append(log.printerNotices().size()).append(System.lineSeparator());
        out.append("monkey: taps whose control was replaced between press and release (lost, as a finger's would be) ")
                .append(lostTaps).append(System.lineSeparator());
        out.append("monkey: samples per state ").append(reached).append(System.lineSeparator());
        out.append("monkey: slowest taps (count, mean ms) ").append(cost.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(8)
                .map(e -> String.format(java.util.Locale.ROOT, "%s %d %.1f", e.getKey(), e.getValue()[0],
                        e.getValue()[1] / 1e6 / e.getValue()[0]))
                .collect(Collectors.joining(", "))).append(System.lineSeparator());
        out.append("monkey: warnings logged ").append(warnings.size())
                .append(warnings.stream().distinct().limit(5).map(w -> "\n  " + w).collect(Collectors.joining()));
        return out.toString();
    }
}
