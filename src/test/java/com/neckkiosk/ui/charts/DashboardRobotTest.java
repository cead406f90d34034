package com.neckkiosk.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.content.Language;
import com.neckkiosk.stats.CountTable;
import com.neckkiosk.stats.CsvExport;
import com.neckkiosk.stats.DateRange;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.stats.UsageTables;
import com.neckkiosk.store.DemoVisits;
import com.neckkiosk.store.KioskStore;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.Messages;
import com.neckkiosk.ui.testing.ScreenshotOnFailure;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.image.ScreenshotTaker;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard on a real H2 store at 1920x1080, driven through AssertJ-Swing. */
@ExtendWith(ScreenshotOnFailure.class)
class DashboardRobotTest {

    private static final Timeout WAIT = Timeout.timeout(15_000);
    static final Path SCREENS = Path.of("target/dashboard-screens");

    @TempDir
    Path temp;

    private KioskStore store;
    private Robot robot;
    private FrameFixture window;
    private JFrame frame;
    private DashboardPanel panel;

    @BeforeAll
    static void guardTheEdt() {
        FailOnThreadViolationRepaintManager.install();
    }

    private int seeds;

    private void seed(int visits, int days) {
        LocalDate today = LocalDate.now();
        DemoVisits demo = new DemoVisits(42 + seeds++, List.of("K1", "K2"), today.minusDays(days - 1L), today);
        List<VisitRecord> batch = new ArrayList<>();
        for (int i = 0; i < visits; i++) {
            batch.add(demo.next());
        }
        store.insertNewVisits(batch);
    }

    /** The {@code dashboard} verb's text size, and the staff console's (which opens the same panel). */
    private static final double VERB_TEXT = 0.55;
    private static final double CONSOLE_TEXT = 0.75;

    private void open(Language language, Duration refresh) {
        open(language, refresh, VERB_TEXT);
    }

    private void open(Language language, Duration refresh, double textScale) {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        frame = GuiActionRunner.execute(() -> {
            KioskTheme.apply(KioskTheme.Look.STANDARD, textScale);
            JFrame f = new JFrame("dashboard");
            panel = new DashboardPanel(store.usageCache(), Messages.of(language), refresh, Clock.systemDefaultZone());
            f.setContentPane(panel);
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1920, 1080));
        window.moveTo(new java.awt.Point(0, 0));
        waitUntilLoaded();
    }

    @AfterEach
    void close() {
        try {
            if (frame != null) {
                GuiActionRunner.execute(() -> frame.dispose());
            }
        } finally {
            if (robot != null) {
                robot.cleanUp();
            }
            if (store != null) {
                store.close();
            }
        }
    }

    private void openStore() {
        store = KioskStore.open(DatabaseSettings.embedded(temp.resolve("data")));
    }

    private void waitUntil(String description, BooleanSupplier check) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(check::getAsBoolean);
            }
        }, WAIT);
    }

    private void waitUntilLoaded() {
        waitUntil("loaded", () -> !panel.isLoading() && panel.summary() != null);
        robot.waitForIdle();
    }

    private UsageFilter filter() {
        return GuiActionRunner.execute(() -> panel.filter());
    }

    @Test
    void changingTheFiltersUpdatesEveryChartWithoutBlocking() {
        openStore();
        seed(3000, 400);
        open(Language.EN, Duration.ofMinutes(5));
        assertThat(filter().range().days()).isEqualTo(30);
        long shown30 = GuiActionRunner.execute(() -> panel.summary().visits());
        assertThat(shown30).isEqualTo(store.usage(filter()).visits()).isPositive();
        window.label("dashboard.tile.visits").requireText(String.format("%,d", shown30));
        assertThat(window.label("dashboard.demo").target().isShowing()).isTrue();

        window.toggleButton("dashboard.range.7").click();
        waitUntil("7 days shown", () -> !panel.isLoading() && panel.filter().range().days() == 7
                && panel.shownTables().get(UsageTables.VISITS_PER_DAY).categories().size() == 7);
        long shown7 = GuiActionRunner.execute(() -> panel.summary().visits());
        assertThat(shown7).isEqualTo(store.usage(filter()).visits()).isLessThan(shown30);

        window.toggleButton("dashboard.range.365").click();
        waitUntil("12 months shown", () -> !panel.isLoading() && panel.filter().range().days() >= 365);
        assertThat(GuiActionRunner.execute(() -> panel.shownTables().get(UsageTables.DISPOSITION_MIX).categoryName()))
                .isEqualTo("month");

        window.comboBox("dashboard.kiosk").selectItem(2); // "", K1, K2
        waitUntil("K2 only", () -> !panel.isLoading() && panel.filter().kioskId().equals(Optional.of("K2")));
        assertThat(GuiActionRunner.execute(() -> panel.summary().visits())).isEqualTo(store.usage(filter()).visits());

        LocalDate today = LocalDate.now();
        window.textBox("dashboard.from").deleteText().enterText(today.minusDays(13).toString());
        window.textBox("dashboard.to").deleteText().enterText(today.toString());
        window.button("dashboard.apply").click();
        waitUntil("custom range", () -> !panel.isLoading() && panel.filter().range().days() == 14);
        assertThat(window.toggleButton("dashboard.range.custom").target().isSelected()).isTrue();

        window.textBox("dashboard.from").deleteText().enterText("2026-02-30");
        window.button("dashboard.apply").click();
        waitUntil("error shown", () -> panel.filter().range().days() == 14);
        window.label("dashboard.status").requireText(".*year-month-day.*2026-02-30.*");
    }

    @Test
    void aFreshInstallShowsAFriendlyEmptyState() {
        openStore();
        open(Language.EN, Duration.ofMinutes(5));
        window.panel("dashboard.empty").requireVisible();
        window.label("dashboard.empty.title").requireText("No visits yet");
        assertThat(robot.finder().findByName(frame, "dashboard.demo", javax.swing.JLabel.class, false).isShowing()).isFalse();
        screenshot("dashboard_empty_en.png");
    }

    @Test
    void newVisitsAppearWithinTheRefreshInterval() {
        openStore();
        seed(50, 5);
        open(Language.EN, Duration.ofSeconds(1));
        long before = GuiActionRunner.execute(() -> panel.summary().visits());
        seed(20, 1);
        waitUntil("the new visits", () -> panel.summary().visits() == before + 20);
    }

    @Test
    void exportsWriteThePngAtItsSizeAndTheSuppressedCsv() throws Exception {
        openStore();
        seed(400, 30);
        open(Language.EN, Duration.ofMinutes(5));
        Path png = temp.resolve("funnel.png");
        Path csv = temp.resolve("signs.csv");
        GuiActionRunner.execute(() -> panel.exportPng(UsageTables.FUNNEL, png, 900, 500)).get();
        GuiActionRunner.execute(() -> panel.exportCsv(UsageTables.WARNING_SIGNS, csv)).get();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(500);
        for (String id : UsageTables.ALL) {
            JFreeChart exported = GuiActionRunner.execute(() -> panel.exportChart(id));
            assertThat(ChartValues.of(exported)).as(id).noneMatch(value -> value > 0 && value < 5);
            assertThat(ChartValues.subtitles(exported)).as(id).anySatisfy(text -> assertThat(text).contains("under 5"));
        }
        // 400 visits over 30 days: the per-day chart on screen has small counts, its export none
        CountTable perDay = GuiActionRunner.execute(() -> panel.shownTables().get(UsageTables.VISITS_PER_DAY));
        assertThat(java.util.Arrays.stream(perDay.cells()).flatMapToLong(java.util.Arrays::stream))
                .anyMatch(count -> count > 0 && count < 5);
        String expected = CsvExport.of(UsageTables.warningSigns(store.usage(filter())));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(expected).startsWith("warning_sign,visits\r\n");
        Path nowhere = temp.resolve("missing-folder/x.csv");
        assertThat(GuiActionRunner.execute(() -> panel.exportCsv(UsageTables.CAUSES, nowhere)))
                .failsWithin(Duration.ofSeconds(10));
        waitUntil("the error", () -> window.label("dashboard.status").target().getText().contains("missing-folder"));
    }

    @Test
    void screenshotsWithDemoDataInEnglishAndSpanish() {
        openStore();
        seed(8000, 400);
        open(Language.EN, Duration.ofMinutes(5));
        window.toggleButton("dashboard.range.90").click();
        waitUntil("90 days", () -> !panel.isLoading() && panel.filter().range().days() == 90);
        screenshot("dashboard_demo_en.png");
        window.toggleButton("dashboard.range.365").click();
        waitUntil("12 months", () -> !panel.isLoading() && panel.filter().range().days() >= 365);
        screenshot("dashboard_12_months_en.png");
        reopen(Language.ES, VERB_TEXT);
        screenshot("dashboard_demo_es.png");
        assertThat(SCREENS.resolve("dashboard_demo_es.png")).exists();
        // the staff console's larger text, where labels have the least room
        for (Language language : List.of(Language.EN, Language.ES)) {
            String code = language.code();
            reopen(language, CONSOLE_TEXT);
            screenshot("dashboard_console_30_days_" + code + ".png");
            window.toggleButton("dashboard.range.365").click();
            waitUntil("12 months", () -> !panel.isLoading() && panel.filter().range().days() >= 365);
            screenshot("dashboard_console_12_months_" + code + ".png");
        }
    }

    private void reopen(Language language, double textScale) {
        GuiActionRunner.execute(() -> frame.dispose());
        robot.cleanUp();
        open(language, Duration.ofMinutes(5), textScale);
    }

    private void screenshot(String name) {
        robot.waitForIdle();
        File dir = SCREENS.toFile();
        dir.mkdirs();
        File file = new File(dir, name);
        file.delete();
        new ScreenshotTaker().saveComponentAsPng(frame, file.getPath());
    }
}
