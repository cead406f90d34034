package com.neckkiosk.bench;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.VisitLog;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.wizard.KioskApp;
import com.neckkiosk.ui.wizard.KioskFrame;
import com.neckkiosk.ui.wizard.WarmUp;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.RepaintManager;

/**
 * In-process, under a display: the real kiosk window at 1920x1080 driven through whole visits
 * by scripted taps. Each tap is {@code doClick(0)} on the EDT; its time runs from just before
 * the click to the end of the first paint pass after it (see {@link PaintClock}). Before a tap
 * the bench waits while the kiosk gets the result card ready for the causes chosen, as a
 * patient's reading and choosing gives it time to (at most {@link #PAUSE_LIMIT_NANOS}). Then memory:
 * heap used and resident size after forced collections, at 100 and 1,000 visits.
 */
public final class TapBench {

    static final Dimension SIZE = new Dimension(1920, 1080);
    static final int TAPS = 1_000;
    static final int SESSIONS_FIRST = 100;
    static final int SESSIONS_LAST = 1_000;

    /**
     * Whether the taps begin once the kiosk has warmed up ({@code -Dbench.taps.warm=false}: right
     * after the first paint, the first visit then cold, as in the sessions before the warm-up).
     */
    static final boolean WAIT_FOR_WARM_UP = Boolean.parseBoolean(System.getProperty("bench.taps.warm", "true"));
    /**
     * Whether each measured tap waits until the kiosk has the result card ready for the causes
     * chosen ({@code -Dbench.taps.pause=false}: back to back, as in the sessions before). A
     * patient reads and chooses for seconds between taps; the kiosk needs tens of milliseconds.
     */
    static final boolean PAUSE = Boolean.parseBoolean(System.getProperty("bench.taps.pause", "true"));
    /** The longest a tap waits for the kiosk: a patient's quickest look at a screen. */
    static final long PAUSE_LIMIT_NANOS = 1_000_000_000L;
    /** With {@code -Dbench.taps.log=FILE}: each tap's button and times, one line per tap (for a closer look). */
    static final String TAP_LOG = System.getProperty("bench.taps.log", "");
    /** The first visit's taps: English, Start ... Done. */
    static final int FIRST_VISIT = 24;

    private final PaintClock clock = new PaintClock();
    private final AtomicInteger visitsSaved = new AtomicInteger();
    private KioskFrame kiosk;
    /** Of the last tap: milliseconds inside the click (the wizard's move and building the new screen). */
    private volatile double lastBuild;
    /** Of the last tap: the name of the button tapped. */
    private volatile String lastButton;

    private TapBench() {
    }

    public static List<Figure> run(ClinicConfig config) throws Exception {
        return run(config, TAPS, SESSIONS_FIRST, SESSIONS_LAST);
    }

    /** Smaller counts for tests. */
    static List<Figure> run(ClinicConfig config, int taps, int sessionsFirst, int sessionsLast) throws Exception {
        TapBench bench = new TapBench();
        bench.open(config);
        try {
            List<Figure> figures = new ArrayList<>(bench.taps(taps));
            figures.addAll(bench.sessions(sessionsFirst, sessionsLast));
            return figures;
        } finally {
            bench.close();
        }
    }

    private void open(ClinicConfig config) throws Exception {
        KioskApp.prepareAwt();
        kiosk = onEdt(() -> {
            KioskTheme.apply(KioskTheme.Look.STANDARD, config.textScale());
            RepaintManager.setCurrentManager(clock);
            KioskFrame frame = KioskApp.createWindowed(config, new DiscardingLog(visitsSaved), SIZE);
            frame.frame().setLocation(0, 0);
            frame.frame().setVisible(true);
            return frame;
        });
        // the first paint (and the window system's first expose) before the first tap
        CountDownLatch first = onEdt(() -> {
            kiosk.frame().getContentPane().repaint();
            return clock.expectPaint();
        });
        clock.awaitPaint(first);
        if (WAIT_FOR_WARM_UP) {
            // a kiosk is switched on long before its first patient: it has warmed up by then
            long deadline = System.nanoTime() + 300_000_000_000L;
            while (!onEdt(() -> kiosk.warmUp().done())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the kiosk did not warm up within 300 s");
                }
                Thread.sleep(20);
            }
        }
    }

    private void close() throws Exception {
        onEdt(() -> {
            kiosk.dispose();
            RepaintManager.setCurrentManager(null);
            return null;
        });
    }

    private List<Figure> taps(int count) throws Exception {
        double[] millis = new double[count];
        double[] build = new double[count];
        double[] layout = new double[count];
        double[] paint = new double[count];
        double[] painted = new double[count];
        double[] repaint = new double[count];
        String[] buttons = new String[count];
        for (int i = 0; i < count; i++) {
            if (PAUSE) {
                waitWhilePreparing();
            }
            millis[i] = tap();
            build[i] = lastBuild;
            layout[i] = clock.layoutMillis();
            paint[i] = clock.paintMillis();
            painted[i] = clock.paintedPercent();
            buttons[i] = lastButton;
            repaint[i] = repaintWholeWindow();
        }
        if (!TAP_LOG.isEmpty()) {
            StringBuilder lines = new StringBuilder("tap\tbutton\tms\tbuild\tlayout\tpaint\tpainted%\tfloor\n");
            for (int i = 0; i < count; i++) {
                lines.append(String.format(Locale.ROOT, "%d\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.0f\t%.2f%n", i, buttons[i],
                        millis[i], build[i], layout[i], paint[i], painted[i], repaint[i]));
            }
            Files.writeString(Path.of(TAP_LOG), lines);
        }
        WarmUp warmUp = kiosk.warmUp();
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("taps-p50", Stats.percentile(millis, 50), "ms"),
                new Figure("taps-p99", Stats.percentile(millis, 99), "ms"),
                new Figure("taps-max", Stats.max(millis), "ms"),
                new Figure("taps-first-visit-max", Stats.max(Arrays.copyOf(millis, Math.min(count, FIRST_VISIT))), "ms"),
                new Figure("taps-over-16ms", Arrays.stream(millis).filter(m -> m > 16).count(), "taps"),
                new Figure("warm-up", WAIT_FOR_WARM_UP ? onEdt(warmUp::millis) : 0, "ms"),
                new Figure("warm-up-longest-step", WAIT_FOR_WARM_UP ? onEdt(warmUp::longestStepMillis) : 0, "ms")));
        parts(figures, "taps-build", build);
        parts(figures, "taps-layout", layout);
        parts(figures, "taps-paint", paint);
        parts(figures, "repaint-window", repaint);
        figures.add(new Figure("taps-painted-p50", Stats.percentile(painted, 50), "% of the window"));
        figures.add(new Figure("taps-painted-max", Stats.max(painted), "% of the window"));
        return figures;
    }

    private static void parts(List<Figure> figures, String name, double[] millis) {
        figures.add(new Figure(name + "-p50", Stats.percentile(millis, 50), "ms"));
        figures.add(new Figure(name + "-p99", Stats.percentile(millis, 99), "ms"));
    }

    /**
     * The floor a tap is measured against, in the same run: the whole 1920x1080 window as it is
     * now painted again, with nothing built and nothing laid out (the same screen, the same
     * components, the same pixels), up to the same {@code Toolkit.sync}.
     */
    private double repaintWholeWindow() throws Exception {
        AtomicReference<Long> start = new AtomicReference<>();
        CountDownLatch painted = onEdt(() -> {
            CountDownLatch latch = clock.expectPaint();
            start.set(System.nanoTime());
            kiosk.frame().getRootPane().repaint();
            return latch;
        });
        return (clock.awaitPaint(painted) - start.get()) / 1e6;
    }

    private List<Figure> sessions(int first, int last) throws Exception {
        finishVisit();
        int done = 0;
        double[] rss = new double[2];
        double[] heap = new double[2];
        int[] marks = {first, last};
        for (int m = 0; m < marks.length; m++) {
            for (; done < marks[m]; done++) {
                do {
                    tap();
                } while (!onAttract());
            }
            Memory.settle();
            rss[m] = Memory.ownRssMiB();
            heap[m] = Memory.heapUsedMiB();
        }
        return List.of(
                new Figure("sessions-rss-" + first, rss[0], "MiB"),
                new Figure("sessions-rss-" + last, rss[1], "MiB"),
                new Figure("sessions-rss-growth", growth(rss[0], rss[1]), "%"),
                new Figure("sessions-heap-" + first, heap[0], "MiB"),
                new Figure("sessions-heap-" + last, heap[1], "MiB"),
                new Figure("sessions-heap-growth", growth(heap[0], heap[1]), "%"));
    }

    static double growth(double from, double to) {
        return (to - from) / from * 100;
    }

    /** Taps on until the attract screen shows, so the session count starts from a clean visit. */
    private void finishVisit() throws Exception {
        while (!onAttract()) {
            tap();
        }
    }

    private boolean onAttract() throws Exception {
        return onEdt(() -> ScriptedVisit.find(root(), "attract.start").isPresent());
    }

    /** Waits (up to a patient's quickest look) while the kiosk gets the result card ready. */
    private void waitWhilePreparing() throws Exception {
        long deadline = System.nanoTime() + PAUSE_LIMIT_NANOS;
        while (onEdt(kiosk::preparingResult) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    /** One scripted tap; milliseconds from the click to the end of the paint that followed it. */
    private double tap() throws Exception {
        AtomicReference<Long> start = new AtomicReference<>();
        CountDownLatch painted = null;
        while (painted == null) {
            painted = onEdt(() -> {
                Optional<AbstractButton> next = ScriptedVisit.nextTap(root());
                if (next.isEmpty()) {
                    return null;
                }
                CountDownLatch latch = clock.expectPaint();
                start.set(System.nanoTime());
                next.get().doClick(0);
                lastBuild = (System.nanoTime() - start.get()) / 1e6;
                lastButton = next.get().getName();
                return latch;
            });
            if (painted == null) {
                Thread.sleep(1); // the result screen is still saving the visit
            }
        }
        long end = clock.awaitPaint(painted);
        return (end - start.get()) / 1e6;
    }

    private Container root() {
        return kiosk.frame().getContentPane();
    }

    private static <T> T onEdt(Supplier<T> task) throws InterruptedException, InvocationTargetException {
        AtomicReference<T> result = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> result.set(task.get()));
        return result.get();
    }

    /** Counts visits and forgets them: a clinic's visits go to disk, not to the kiosk's heap. */
    private static final class DiscardingLog implements VisitLog {
        private final AtomicInteger saved;

        DiscardingLog(AtomicInteger saved) {
            this.saved = saved;
        }

        @Override
        public void save(VisitRecord visit) {
            saved.incrementAndGet();
        }

        @Override
        public void saveWithAlert(VisitRecord visit, AlertRecord alert) {
            saved.incrementAndGet();
        }

        @Override
        public String nextVisitCode(String kioskId, LocalDate day) {
            return kioskId + "-" + (saved.get() + 1);
        }
    }
}
