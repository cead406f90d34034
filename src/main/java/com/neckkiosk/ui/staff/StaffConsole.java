package com.neckkiosk.ui.staff;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.alerts.AlertView;
import com.neckkiosk.alerts.ChimeSchedule;
import com.neckkiosk.alerts.FrontDesk;
import com.neckkiosk.alerts.FrontDeskFeed;
import com.neckkiosk.alerts.PinGate;
import com.neckkiosk.alerts.SheetReprinter;
import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.PinHash;
import com.neckkiosk.content.ContentCatalog;
import com.neckkiosk.stats.UsageSource;
import com.neckkiosk.store.KioskStore;
import com.neckkiosk.store.PrinterNotice;
import com.neckkiosk.ui.Edt;
import com.neckkiosk.ui.PinPad;
import com.neckkiosk.ui.ScrollColumn;
import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import java.awt.CardLayout;
import java.awt.Frame;
import java.awt.Window;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * The front-desk console: a normal window, locked behind the staff PIN. Open alerts come
 * first, newest first, then the rest of today's; printer notices on the right; reprint and
 * the manager's dashboard behind buttons. A new alert sounds, brings the window forward and
 * repeats every {@code alert.repeat.seconds} until acknowledged; while any alert is open the
 * banner flashes, even while locked (then it shows only how many).
 */
public final class StaffConsole {

    /** Polls of the database per second: latency ≤ one poll plus one read (see docs/BENCHMARKS.md). */
    public static final long POLL_MILLIS = 250;

    /** Keys of the on-screen pads: large enough for a finger on a desk touch screen, small enough for 1280x800. */
    static final int KEY_HEIGHT = 64;

    /** The console's jobs the lead wires in {@code StaffCommand}: printing a sheet, the manager dashboard. */
    public record Hooks(SheetReprinter reprinter, DashboardOpener openDashboard) {
    }

    /** Opens the manager dashboard on the console's store, owned by the console; on the EDT. */
    @FunctionalInterface
    public interface DashboardOpener {
        Window open(UsageSource source, JFrame console);
    }

    private static final String LOCKED = "locked";
    private static final String DESK = "desk";
    private static final String REPRINT = "reprint";
    private static final String MANAGER = "manager";
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final StaffWords words = new StaffWords();
    private final ClinicConfig config;
    private final Clock clock;
    private final AlertSound sound;
    private final Hooks hooks;
    private final PrintStream trace;
    private final ChimeSchedule chime;
    private final PinGate staffGate;
    private final PinGate managerGate;
    private final ExecutorService pinChecks = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pin-check");
        t.setDaemon(true);
        return t;
    });
    private final FrontDeskFeed feed;

    private final JFrame frame;
    private final CardLayout cards = new CardLayout();
    private final JPanel center = new JPanel(cards);
    private final JLabel status;
    private final WrapText soundStatus;
    private final JPanel banner;
    private final JLabel bannerText;
    private final WrapText lockedCount;
    private final PinPad staffPad;
    private final PinPad managerPad;
    private final ScrollColumn alertList = new ScrollColumn(new MigLayout("insets 0, fillx, wrap 1, gap 12", "[grow, fill]"));
    private final ScrollColumn noticeList = new ScrollColumn(new MigLayout("insets 0, fillx, wrap 1, gap 8", "[grow, fill]"));
    private final ReprintPanel reprint;
    private final Map<String, AlertRow> rows = new LinkedHashMap<>();
    private final Set<String> traced = new HashSet<>();
    private final Timer ticker;
    private FrontDesk desk = new FrontDesk(List.of(), List.of(), Map.of());
    private boolean unlocked;
    private Window dashboard;
    private boolean flashOn;

    /**
     * @param opener opens the store; called on the feed's thread, again after a failure
     * @param trace  where to print one line per alert shown ({@code shown <id> <kiosk> <epoch ms>}), or null
     */
    public StaffConsole(ClinicConfig config, Supplier<KioskStore> opener, Clock clock, Hooks hooks, PrintStream trace) {
        this(config, opener, clock, hooks, trace, AlertSound.detect());
    }

    StaffConsole(ClinicConfig config, Supplier<KioskStore> opener, Clock clock, Hooks hooks, PrintStream trace,
            AlertSound sound) {
        assert calledOnEDT();
        this.config = config;
        this.clock = clock;
        this.hooks = hooks;
        this.trace = trace;
        this.sound = sound;
        this.chime = new ChimeSchedule(Duration.ofSeconds(config.alertRepeatSeconds()));
        this.staffGate = new PinGate(pin -> PinHash.matches(pin, config.staffPinHash()), clock);
        this.managerGate = new PinGate(pin -> PinHash.matches(pin, config.managerPinHash()), clock);

        frame = new JFrame(words.get("title") + " · " + config.clinicName());
        frame.setName("staff.console");
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JPanel root = new JPanel(new MigLayout("insets 16 24 16 24, fill, wrap 1, gap 8", "[grow, fill]", "[][][][][grow, fill]"));
        frame.setContentPane(root);

        root.add(Touch.label("staff.title", words.get("title") + " · " + config.clinicName(), "title"));
        status = Touch.label("staff.status", words.get("status.connecting"), "hint");
        root.add(status, "wmin 10");
        soundStatus = new WrapText("staff.sound", sound.available() ? words.get("sound.on") : words.get("sound.off"),
                sound.available() ? "hint" : "problem");
        banner = new JPanel(new MigLayout("insets 8 16 8 16, fillx", "[grow, fill]"));
        banner.setName("staff.banner");
        bannerText = Touch.label("staff.banner.text", words.get("banner.none"), "heading");
        banner.add(bannerText);
        root.add(soundStatus, "wmin 10");
        root.add(banner, "growx, wmin 10");

        staffPad = new PinPad("staff.pin", true, PinHash.MAX_PIN_DIGITS, KEY_HEIGHT, words.pad("pad.enter"), this::tryStaffPin);
        lockedCount = new WrapText("staff.locked.prompt", words.get("locked.prompt"), "strong");
        JPanel locked = new JPanel(new MigLayout("insets 16, gap 48 16, alignx center", "[320::, fill][]", "[][grow, top]"));
        locked.setName("staff.locked");
        locked.add(Touch.label("staff.locked.title", words.get("locked.title"), "title"), "cell 0 0");
        locked.add(lockedCount, "cell 0 1, aligny top, wmin 10");
        locked.add(staffPad, "cell 1 0, span 1 2, aligny top");
        center.add(locked, LOCKED);

        feed = new FrontDeskFeed(opener, ContentCatalog.of(config.defaultLanguage()), clock, new FrontDeskFeed.Listener() {
            @Override
            public void changed(FrontDesk latest) {
                Edt.ON_EDT.execute(() -> show(latest));
            }

            @Override
            public void problem(String problem) {
                Edt.ON_EDT.execute(() -> showProblem(problem));
            }
        });
        reprint = new ReprintPanel(words, feed::findToday, hooks.reprinter(), () -> cards.show(center, DESK));
        center.add(deskPanel(), DESK);
        center.add(reprint, REPRINT);

        managerPad = new PinPad("staff.manager.pin", true, PinHash.MAX_PIN_DIGITS, KEY_HEIGHT, words.pad("pad.enter"),
                this::tryManagerPin);
        JPanel manager = new JPanel(new MigLayout("insets 16, gap 48 16, alignx center", "[320::, fill][]", "[][][grow, top]"));
        manager.setName("staff.manager");
        manager.add(Touch.label("staff.manager.title", words.get("manager.title"), "title"), "cell 0 0");
        manager.add(Touch.label("staff.manager.prompt", words.get("manager.prompt"), "heading"), "cell 0 1");
        manager.add(Touch.describe(Touch.button("staff.manager.back", words.get("button.back"), Touch.QUIET,
                () -> cards.show(center, DESK)), words.get("button.back"), null), "cell 0 2, growx 0, w 200!");
        manager.add(managerPad, "cell 1 0, span 1 3, aligny top");
        center.add(manager, MANAGER);
        // the cards share the space left: none may push the window taller than the screen
        root.add(center, "grow, hmin 0, wmin 0");
        cards.show(center, LOCKED);

        ticker = new Timer(500, e -> tick());
        ticker.start();
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                close();
            }
        });
        renderBanner();
    }

    private JPanel deskPanel() {
        JPanel panel = new JPanel(new MigLayout("insets 0, fill, gap 24 8", "[grow, fill][340!, fill]", "[][grow, fill]12[]"));
        panel.setName("staff.desk");
        panel.add(Touch.label("alerts.heading", words.get("alerts.heading"), "heading"));
        panel.add(Touch.label("notices.heading", words.get("notices.heading"), "heading"), "wrap");
        alertList.setName("alerts.list");
        alertList.setOpaque(false);
        panel.add(scroll(alertList), "grow");
        noticeList.setName("notices.list");
        noticeList.setOpaque(false);
        panel.add(scroll(noticeList), "grow, wrap");
        JPanel side = new JPanel(new MigLayout("insets 0, gap 16", "[300!, fill][300!, fill]push[200!, fill]", "[72!]"));
        side.setOpaque(false);
        side.add(Touch.describe(Touch.button("staff.reprint", words.get("button.reprint"), Touch.QUIET, this::openReprint),
                words.get("button.reprint"), words.get("button.reprint.explain")));
        side.add(Touch.describe(Touch.button("staff.dashboard", words.get("button.dashboard"), Touch.QUIET,
                this::openManager), words.get("button.dashboard"), words.get("button.dashboard.explain")));
        side.add(Touch.describe(Touch.button("staff.lock", words.get("button.lock"), Touch.QUIET, this::lock),
                words.get("button.lock"), words.get("button.lock.explain")));
        panel.add(side, "span 2, growx");
        return panel;
    }

    private static JScrollPane scroll(JPanel column) {
        JScrollPane pane = new JScrollPane(column, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        pane.setBorder(null);
        pane.setOpaque(false);
        pane.getViewport().setOpaque(false);
        pane.getVerticalScrollBar().setUnitIncrement(24);
        return pane;
    }

    /** Starts polling the database. */
    public StaffConsole start() {
        feed.start(POLL_MILLIS);
        return this;
    }

    public JFrame frame() {
        return frame;
    }

    private void tryStaffPin(char[] pin) {
        checkPin(staffGate, staffPad, pin, () -> {
            unlocked = true;
            cards.show(center, DESK);
            render();
        });
    }

    private void tryManagerPin(char[] pin) {
        checkPin(managerGate, managerPad, pin, () -> {
            cards.show(center, DESK);
            if (dashboard != null && dashboard.isDisplayable()) {
                dashboard.toFront();
            } else {
                dashboard = hooks.openDashboard().open(feed.usageSource(), frame);
            }
        });
    }

    /** PBKDF2 takes a moment: checked off the EDT while the pad ignores touches. */
    private void checkPin(PinGate gate, PinPad pad, char[] pin, Runnable accepted) {
        assert calledOnEDT();
        pad.setBusy(true);
        pad.setMessage(words.get("pin.checking"));
        CompletableFuture.supplyAsync(() -> gate.attempt(pin), pinChecks).whenCompleteAsync((outcome, failure) -> {
            pad.setBusy(false);
            if (failure != null) {
                pad.setMessage(failure.getMessage());
            } else if (outcome instanceof PinGate.Accepted) {
                pad.setMessage(null);
                accepted.run();
            } else if (outcome instanceof PinGate.Wrong wrong) {
                pad.setMessage(words.format("pin.wrong", wrong.triesLeft()));
            } else if (outcome instanceof PinGate.Locked locked) {
                pad.setMessage(words.format("pin.locked",
                        LocalTime.ofInstant(locked.until(), clock.getZone()).format(HOUR_MINUTE)));
            }
        }, Edt.ON_EDT);
    }

    private void lock() {
        assert calledOnEDT();
        unlocked = false;
        staffPad.clear();
        cards.show(center, LOCKED);
        render();
    }

    private void openReprint() {
        reprint.reset();
        reprint.setKiosks(desk.kioskNames());
        cards.show(center, REPRINT);
    }

    private void openManager() {
        managerPad.clear();
        managerPad.setMessage(null);
        cards.show(center, MANAGER);
    }

    private void show(FrontDesk latest) {
        assert calledOnEDT();
        desk = latest;
        render();
        reprint.setKiosks(latest.kioskNames());
        soundIfDue();
        traceShown();
    }

    private void showProblem(String problem) {
        assert calledOnEDT();
        if (problem == null) {
            if (trace != null) {
                trace.println("connected");
                trace.flush();
            }
            status.setText(words.format("status.ok", POLL_MILLIS));
            status.putClientProperty(FlatClientProperties.STYLE_CLASS, "hint");
        } else {
            status.setText(words.format("status.problem", problem));
            status.putClientProperty(FlatClientProperties.STYLE_CLASS, "problem");
            if (trace != null) {
                trace.println("problem " + problem);
                trace.flush();
            }
        }
        status.getAccessibleContext().setAccessibleName(status.getText());
    }

    private void render() {
        assert calledOnEDT();
        alertList.removeAll();
        // rows whose alert did not change are kept: a busy day has many, and each new alert redraws the list
        Map<String, AlertRow> previous = new LinkedHashMap<>(rows);
        rows.clear();
        if (unlocked) {
            if (desk.alerts().isEmpty()) {
                alertList.add(Touch.label("alerts.none", words.get("alerts.none"), "hint"));
            }
            for (AlertView alert : desk.alerts()) {
                AlertRow row = previous.get(alert.id());
                if (row == null || !row.view().equals(alert) || !row.isEnabled()) {
                    row = new AlertRow(words, alert, clock.getZone(), clock.instant(), () -> acknowledge(alert));
                }
                rows.put(alert.id(), row);
                alertList.add(row);
            }
        }
        alertList.revalidate();
        alertList.repaint();

        noticeList.removeAll();
        if (unlocked) {
            if (desk.notices().isEmpty()) {
                noticeList.add(Touch.label("notices.none", words.get("notices.none"), "hint"));
            }
            for (PrinterNotice notice : desk.notices()) {
                noticeList.add(new NoticeRow(words, notice, desk.kioskName(notice.kioskId()), clock.getZone(),
                        () -> feed.resolveNotice(notice.id())));
            }
        }
        noticeList.revalidate();
        noticeList.repaint();
        renderBanner();
    }

    private void acknowledge(AlertView alert) {
        assert calledOnEDT();
        AlertRow row = rows.get(alert.id());
        if (row != null) {
            row.setEnabled(false);
        }
        feed.acknowledge(alert.id()).whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                showProblem(ReprintPanel.rootMessage(failure));
            }
        }, Edt.ON_EDT);
    }

    private void renderBanner() {
        int open = desk.openAlerts().size();
        String text = open == 0 ? words.get("banner.none")
                : words.format(unlocked ? "banner.open" : "banner.locked", open);
        bannerText.setText(text);
        bannerText.getAccessibleContext().setAccessibleName(text);
        String style = open == 0 ? "surface" : (flashOn ? "emergency" : "urgent");
        banner.putClientProperty(FlatClientProperties.STYLE_CLASS, style);
        String prompt = open == 0 ? words.get("locked.prompt") : text;
        if (!prompt.equals(lockedCount.getText())) {
            lockedCount.setText(prompt);
            lockedCount.getAccessibleContext().setAccessibleName(prompt);
        }
        String title = words.get("title") + " · " + config.clinicName();
        frame.setTitle(open > 0 && flashOn ? "(" + open + ") ! " + title : title);
    }

    /** Twice a second: waiting times, the flashing banner, and the repeat of the sound. */
    private void tick() {
        assert calledOnEDT();
        flashOn = !flashOn && !desk.openAlerts().isEmpty();
        rows.values().forEach(row -> row.tick(clock.getZone(), clock.instant()));
        renderBanner();
        soundIfDue();
    }

    private void soundIfDue() {
        Set<String> open = desk.openAlerts().stream().map(AlertView::id).collect(Collectors.toSet());
        if (chime.shouldSound(open, clock.instant())) {
            sound.play();
            bringForward();
        }
    }

    /** Raises the window over whatever staff were doing; always-on-top only for a moment. */
    private void bringForward() {
        if (!frame.isDisplayable()) {
            return;
        }
        if ((frame.getExtendedState() & Frame.ICONIFIED) != 0) {
            frame.setExtendedState(frame.getExtendedState() & ~Frame.ICONIFIED);
        }
        frame.toFront();
        frame.setAlwaysOnTop(true);
        Timer release = new Timer(1500, e -> frame.setAlwaysOnTop(false));
        release.setRepeats(false);
        release.start();
    }

    private void traceShown() {
        if (trace == null) {
            return;
        }
        // after this event: the rows' repaint, queued by revalidate/repaint above, runs first
        Edt.ON_EDT.execute(() -> {
            long now = System.currentTimeMillis();
            for (AlertView alert : desk.alerts()) {
                if (traced.add(alert.id())) {
                    trace.println("shown " + alert.id() + " " + alert.kioskName().replace(' ', '_') + " "
                            + (alert.isOpen() ? "open" : "acknowledged") + " " + now);
                }
            }
            trace.flush();
        });
    }

    /** Stops polling and closes the store; the window is disposed by the caller or its close button. */
    public void close() {
        assert calledOnEDT();
        if (dashboard != null) {
            dashboard.dispose(); // stops its refresh timer before the store closes
            dashboard = null;
        }
        ticker.stop();
        pinChecks.shutdownNow();
        feed.close();
    }

    /** For tests: whether the alerts are showing. */
    boolean isUnlocked() {
        return unlocked;
    }

    int shownAlerts() {
        return rows.size();
    }

    String bannerText() {
        return bannerText.getText();
    }
}
