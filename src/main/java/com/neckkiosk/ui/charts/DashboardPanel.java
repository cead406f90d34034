package com.neckkiosk.ui.charts;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.stats.CountTable;
import com.neckkiosk.stats.DateRange;
import com.neckkiosk.stats.Summary;
import com.neckkiosk.stats.UsageCounts;
import com.neckkiosk.stats.UsageFilter;
import com.neckkiosk.stats.UsageSource;
import com.neckkiosk.stats.UsageTables;
import com.neckkiosk.ui.Edt;
import com.neckkiosk.ui.Messages;
import java.awt.CardLayout;
import java.awt.Component;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.ButtonGroup;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.JFreeChart;

/**
 * The manager dashboard as one component, for its own window ({@link DashboardWindow}) or
 * the staff console behind the manager PIN: filters, tiles, nine charts with PNG and CSV
 * export, the empty and demo states. Queries run on its own background thread and results
 * come back through the EDT, so a filter change never freezes the window; while it is
 * showing, it reloads every refresh interval so new visits appear.
 */
public final class DashboardPanel extends JPanel {

    private static final long serialVersionUID = 1L;
    /** The preset periods, in days (365 stands for 12 months). */
    static final List<Integer> PRESETS = List.of(7, 30, 90, 365);
    private static final String CHARTS = "charts";
    private static final String EMPTY = "empty";

    private final transient UsageSource source;
    private final transient Messages messages;
    private final transient Clock clock;
    private final transient ChartLabels labels;
    private final transient ExecutorService queries;
    private final Timer refreshTimer;
    private final Map<String, ChartCard> cards = new LinkedHashMap<>();
    private final Map<Integer, JToggleButton> presets = new LinkedHashMap<>();
    private final JToggleButton custom;
    private final JTextField from = new JTextField(9);
    private final JTextField to = new JTextField(9);
    private final JButton apply;
    private final JComboBox<String> kiosk = new JComboBox<>();
    private final JLabel status = new JLabel(" ");
    private final JLabel demoBanner = new JLabel();
    private final Map<String, JLabel> tiles = new LinkedHashMap<>();
    private final JPanel body = new JPanel(new CardLayout());
    private final JLabel emptyTitle = new JLabel();
    private final JLabel emptyText = new JLabel();

    private transient UsageFilter filter;
    private transient Summary summary;
    private int generation;
    private boolean loading;
    private boolean updatingKiosks;
    private boolean prefetched;

    public DashboardPanel(UsageSource source, Messages messages, Duration refresh, Clock clock) {
        super(new MigLayout("insets 12 20 16 20, gap 10 8, fill", "[grow,fill]", "[][][][][grow,fill]"));
        assert calledOnEDT();
        this.source = source;
        this.messages = messages;
        this.clock = clock;
        this.labels = new ChartLabels(messages);
        this.queries = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dashboard-query");
            thread.setDaemon(true);
            return thread;
        });
        this.filter = UsageFilter.allKiosks(DateRange.lastDays(30, LocalDate.now(clock)));
        setName("dashboard");
        getAccessibleContext().setAccessibleName(messages.get("dashboard.title"));
        custom = new JToggleButton(messages.get("dashboard.range.custom"));
        apply = new JButton(messages.get("dashboard.apply"));
        add(header(), "wrap");
        add(filterBar(), "wrap");
        add(demoBanner(), "hidemode 3, wrap");
        add(tileRow(), "wrap");
        body.add(chartGrid(), CHARTS);
        body.add(emptyState(), EMPTY);
        add(body, "grow");
        refreshTimer = new Timer((int) Math.min(Integer.MAX_VALUE, refresh.toMillis()), e -> {
            if (!loading) {
                load(true);
            }
        });
        refreshTimer.setInitialDelay(refreshTimer.getDelay());
        presets.get(30).setSelected(true);
        showDates(filter.range());
    }

    // ---- building ----

    /** The title, and the status (when the counts were read, or what went wrong) at the right. */
    private JPanel header() {
        JPanel header = new JPanel(new MigLayout("insets 0, gap 20", "[]push[]"));
        header.setOpaque(false);
        JLabel title = new JLabel(messages.get("dashboard.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        header.add(title);
        status.setName("dashboard.status");
        header.add(status, "wmin 0"); // shortened before it pushes the window wider than a small screen
        return header;
    }

    /** Filters on a row of their own: in Spanish at the console's text size they take most of 1920 pixels. */
    private JPanel filterBar() {
        JPanel bar = new JPanel(new MigLayout("insets 0, gap 8", "[][][][][]16[]4[]4[]4[]4[]12[]24[]4[]push"));
        bar.setOpaque(false);
        bar.add(new JLabel(messages.get("dashboard.range")));
        ButtonGroup group = new ButtonGroup();
        for (int days : PRESETS) {
            JToggleButton button = new JToggleButton(messages.get("dashboard.range." + days));
            button.setName("dashboard.range." + days);
            describe(button, messages.get("dashboard.range." + days), messages.get("dashboard.range.explain"));
            button.addActionListener(e -> choosePreset(days));
            group.add(button);
            presets.put(days, button);
            bar.add(button);
        }
        custom.setName("dashboard.range.custom");
        describe(custom, messages.get("dashboard.range.custom"), messages.get("dashboard.range.explain"));
        custom.addActionListener(e -> from.requestFocusInWindow());
        group.add(custom);
        bar.add(custom);
        JLabel fromLabel = new JLabel(messages.get("dashboard.from"));
        fromLabel.setLabelFor(from);
        bar.add(fromLabel);
        from.setName("dashboard.from");
        describe(from, messages.get("dashboard.from"), messages.get("dashboard.date.explain"));
        bar.add(from, "wmin pref"); // a date cut short is unreadable; the status gives way instead
        JLabel toLabel = new JLabel(messages.get("dashboard.to"));
        toLabel.setLabelFor(to);
        bar.add(toLabel);
        to.setName("dashboard.to");
        describe(to, messages.get("dashboard.to"), messages.get("dashboard.date.explain"));
        bar.add(to, "wmin pref");
        apply.setName("dashboard.apply");
        describe(apply, messages.get("dashboard.apply"), messages.get("dashboard.apply.explain"));
        apply.addActionListener(e -> applyCustomRange());
        from.addActionListener(e -> applyCustomRange());
        to.addActionListener(e -> applyCustomRange());
        bar.add(apply);
        JLabel kioskLabel = new JLabel(messages.get("dashboard.kiosk"));
        kioskLabel.setLabelFor(kiosk);
        bar.add(kioskLabel);
        kiosk.setName("dashboard.kiosk");
        describe(kiosk, messages.get("dashboard.kiosk"), messages.get("dashboard.kiosk.explain"));
        kiosk.setModel(new DefaultComboBoxModel<>(new String[] {""}));
        kiosk.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focused) {
                Object shown = value == null || "".equals(value) ? messages.get("dashboard.kiosk.all") : value;
                return super.getListCellRendererComponent(list, shown, index, selected, focused);
            }
        });
        kiosk.setPrototypeDisplayValue(messages.get("dashboard.kiosk.all")); // the longest entry: kiosk ids are short (K1, LOBBY-2)
        kiosk.addActionListener(e -> chooseKiosk());
        bar.add(kiosk);
        return bar;
    }

    private JLabel demoBanner() {
        demoBanner.setName("dashboard.demo");
        demoBanner.setOpaque(true);
        demoBanner.setBackground(DashboardCharts.color("Dashboard.demo.background", new java.awt.Color(0xfff3c4)));
        demoBanner.setBorder(javax.swing.BorderFactory.createEmptyBorder(6, 12, 6, 12));
        demoBanner.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        demoBanner.setVisible(false);
        return demoBanner;
    }

    private JPanel tileRow() {
        JPanel row = new JPanel(new MigLayout("insets 0, gap 10", "[grow,fill,sg t][grow,fill,sg t][grow,fill,sg t][grow,fill,sg t]"));
        row.setOpaque(false);
        for (String tile : List.of("visits", "urgent", "median", "print")) {
            JPanel panel = new JPanel(new MigLayout("insets 8 14 8 14, gap 0 0", "[grow]", "[][]"));
            panel.putClientProperty(FlatClientProperties.STYLE_CLASS, "dashboardTile");
            JLabel value = new JLabel(messages.get("dashboard.tile.none"));
            value.setName("dashboard.tile." + tile);
            value.putClientProperty(FlatClientProperties.STYLE, "font: bold +8");
            JLabel caption = new JLabel(messages.get("dashboard.tile." + tile));
            value.getAccessibleContext().setAccessibleName(caption.getText());
            panel.add(value, "wrap");
            panel.add(caption);
            tiles.put(tile, value);
            row.add(panel);
        }
        return row;
    }

    private JPanel chartGrid() {
        JPanel grid = new JPanel(new MigLayout("insets 0, gap 10 10, fill",
                "[grow,fill,sg c][grow,fill,sg c][grow,fill,sg c][grow,fill,sg c]", "[grow,fill,sg r][grow,fill,sg r][grow,fill,sg r]"));
        grid.setOpaque(false);
        for (String id : UsageTables.ALL) {
            ChartCard card = new ChartCard(id, labels);
            card.pngButton().addActionListener(e -> chooseAndExport(card, true));
            card.csvButton().addActionListener(e -> chooseAndExport(card, false));
            cards.put(id, card);
        }
        grid.add(cards.get(UsageTables.VISITS_PER_DAY), "span 2");
        grid.add(cards.get(UsageTables.DISPOSITION_MIX));
        grid.add(cards.get(UsageTables.HOUR_BY_WEEKDAY), "wrap");
        grid.add(cards.get(UsageTables.FUNNEL), "span 2");
        grid.add(cards.get(UsageTables.WARNING_SIGNS));
        grid.add(cards.get(UsageTables.CAUSES), "wrap");
        grid.add(cards.get(UsageTables.PAIN));
        grid.add(cards.get(UsageTables.LANGUAGES));
        grid.add(cards.get(UsageTables.SHEETS), "span 2");
        return grid;
    }

    private JPanel emptyState() {
        JPanel empty = new JPanel(new MigLayout("insets 40, wrap, align center center", "[center]"));
        empty.setName("dashboard.empty");
        emptyTitle.setName("dashboard.empty.title");
        emptyTitle.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");
        emptyText.setName("dashboard.empty.text");
        empty.add(emptyTitle);
        empty.add(emptyText, "w ::900");
        return empty;
    }

    private static void describe(javax.swing.JComponent component, String name, String description) {
        component.getAccessibleContext().setAccessibleName(name);
        component.getAccessibleContext().setAccessibleDescription(description);
        component.setToolTipText(description);
    }

    // ---- life cycle: loads while showing ----

    @Override
    public void addNotify() {
        super.addNotify();
        load();
        refreshTimer.start();
    }

    @Override
    public void removeNotify() {
        refreshTimer.stop();
        super.removeNotify();
    }

    // ---- filters ----

    private void choosePreset(int days) {
        assert calledOnEDT();
        DateRange range = presetRange(days, LocalDate.now(clock));
        showDates(range);
        filter = filter.withRange(range);
        load();
    }

    private void applyCustomRange() {
        assert calledOnEDT();
        try {
            DateRange range = new DateRange(LocalDate.parse(from.getText().strip()), LocalDate.parse(to.getText().strip()));
            custom.setSelected(true);
            filter = filter.withRange(range);
            load();
        } catch (DateTimeParseException e) {
            status.setText(messages.format("dashboard.bad_range", e.getParsedString()));
        } catch (IllegalArgumentException e) {
            status.setText(messages.format("dashboard.bad_range", e.getMessage()));
        }
    }

    private void chooseKiosk() {
        assert calledOnEDT();
        if (updatingKiosks) {
            return;
        }
        String chosen = (String) kiosk.getSelectedItem();
        filter = filter.withKiosk(chosen == null || chosen.isEmpty() ? Optional.empty() : Optional.of(chosen));
        load();
    }

    private void showDates(DateRange range) {
        from.setText(range.first().toString());
        to.setText(range.last().toString());
    }

    // ---- loading ----

    /** What one query brought back, built off the EDT. */
    private record Loaded(UsageFilter filter, UsageCounts counts, Map<String, CountTable> tables, Summary summary,
                          List<String> kiosks) {
    }

    /** Reads the current filter's counts in the background and shows them when they arrive. */
    public void load() {
        load(false);
    }

    /** As {@link #load()}; {@code refresh}: first let the source see visits written since its last read. */
    private void load(boolean refresh) {
        assert calledOnEDT();
        int asked = ++generation;
        UsageFilter wanted = filter;
        loading = true;
        status.setText(messages.get("dashboard.loading"));
        CompletableFuture.supplyAsync(() -> {
            if (refresh) {
                source.refresh();
            }
            UsageCounts counts = source.usage(wanted);
            return new Loaded(wanted, counts, UsageTables.all(counts), UsageTables.summary(counts), source.kioskIds());
        }, queries).whenCompleteAsync((loaded, failure) -> {
            if (asked != generation) {
                return; // a newer filter was chosen meanwhile
            }
            loading = false;
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                status.setText(messages.format("dashboard.failed", cause.getMessage()));
            } else {
                show(loaded);
                if (!prefetched) {
                    prefetched = true;
                    prefetchPresets();
                }
            }
        }, Edt.ON_EDT);
    }

    /**
     * After the first charts are up: reads the preset periods' counts in the background, so
     * choosing one later adds up counts in memory instead of waiting for the database.
     */
    private void prefetchPresets() {
        LocalDate today = LocalDate.now(clock);
        List<DateRange> ranges = PRESETS.stream().map(days -> presetRange(days, today)).toList();
        CompletableFuture.runAsync(() -> source.prefetch(ranges), queries);
    }

    /** A preset's period up to today: 365 stands for the last 12 calendar months. */
    private static DateRange presetRange(int days, LocalDate today) {
        return days == 365 ? DateRange.lastMonths(12, today) : DateRange.lastDays(days, today);
    }

    private void show(Loaded loaded) {
        assert calledOnEDT();
        summary = loaded.summary();
        DashboardCharts charts = new DashboardCharts(labels);
        loaded.tables().forEach((id, table) -> cards.get(id).show(table, charts.create(table)));
        showKiosks(loaded.kiosks());
        showTiles(loaded.summary());
        demoBanner.setText(messages.format("dashboard.demo", loaded.summary().demoVisits()));
        demoBanner.setVisible(loaded.summary().demoVisits() > 0);
        boolean empty = loaded.summary().visits() == 0;
        boolean freshInstall = loaded.kiosks().isEmpty();
        emptyTitle.setText(messages.get(freshInstall ? "dashboard.empty.title" : "dashboard.empty_range.title"));
        emptyText.setText("<html><div style='text-align:center'>"
                + messages.get(freshInstall ? "dashboard.empty.text" : "dashboard.empty_range.text") + "</div></html>");
        ((CardLayout) body.getLayout()).show(body, empty ? EMPTY : CHARTS);
        status.setText(messages.format("dashboard.updated",
                LocalTime.now(clock).withNano(0).format(DateTimeFormatter.ISO_LOCAL_TIME)));
        revalidate();
        repaint();
    }

    private void showKiosks(List<String> ids) {
        updatingKiosks = true;
        try {
            String chosen = filter.kioskId().orElse("");
            DefaultComboBoxModel<String> model = new DefaultComboBoxModel<>();
            model.addElement("");
            ids.forEach(model::addElement);
            if (!chosen.isEmpty() && !ids.contains(chosen)) {
                model.addElement(chosen);
            }
            kiosk.setModel(model);
            kiosk.setSelectedItem(chosen);
        } finally {
            updatingKiosks = false;
        }
    }

    private void showTiles(Summary shown) {
        NumberFormat count = NumberFormat.getIntegerInstance(messages.language().locale());
        NumberFormat percent = NumberFormat.getPercentInstance(messages.language().locale());
        percent.setMaximumFractionDigits(1);
        String none = messages.get("dashboard.tile.none");
        tiles.get("visits").setText(count.format(shown.visits()));
        tiles.get("urgent").setText(shown.urgentShare().isPresent() ? percent.format(shown.urgentShare().getAsDouble()) : none);
        tiles.get("median").setText(shown.medianSecondsToComplete().isPresent()
                ? messages.format("dashboard.seconds", shown.medianSecondsToComplete().getAsLong() / 60,
                        shown.medianSecondsToComplete().getAsLong() % 60) : none);
        tiles.get("print").setText(shown.printSuccess().isPresent() ? percent.format(shown.printSuccess().getAsDouble()) : none);
    }

    // ---- export ----

    private void chooseAndExport(ChartCard card, boolean png) {
        assert calledOnEDT();
        JFileChooser chooser = new JFileChooser();
        chooser.setLocale(messages.language().locale()); // "Guardar", not "Save", on a Spanish dashboard
        chooser.updateUI();
        chooser.setName("dashboard.export.chooser");
        chooser.setSelectedFile(new java.io.File(card.chartId() + (png ? ".png" : ".csv")));
        if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            Path file = chooser.getSelectedFile().toPath();
            if (png) {
                exportPng(card.chartId(), file, card.getWidth(), card.getHeight());
            } else {
                exportCsv(card.chartId(), file);
            }
        }
    }

    /**
     * Writes the chart as a PNG of the given size, counts under 5 left out with a footnote
     * saying so (as the CSV writes them "<5"); the file is written off the EDT.
     */
    public CompletableFuture<Path> exportPng(String chartId, Path file, int width, int height) {
        assert calledOnEDT();
        return write(file, ChartCard.png(exportChart(chartId), Math.max(width, 200), Math.max(height, 150)));
    }

    /** The chart a PNG export draws: from the shown table with small counts hidden. */
    JFreeChart exportChart(String chartId) {
        assert calledOnEDT();
        return new DashboardCharts(labels).forExport(card(chartId).table());
    }

    /** Writes the numbers behind the chart as CSV, counts below 5 as "<5"; off the EDT. */
    public CompletableFuture<Path> exportCsv(String chartId, Path file) {
        assert calledOnEDT();
        return write(file, card(chartId).csv().getBytes(StandardCharsets.UTF_8));
    }

    private CompletableFuture<Path> write(Path file, byte[] bytes) {
        CompletableFuture<Path> written = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.write(file, bytes);
            } catch (IOException e) {
                throw new CompletionException(new IOException(file + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()), e));
            }
        }, queries);
        written.whenCompleteAsync((path, failure) -> status.setText(failure == null
                ? messages.format("dashboard.export.saved", path)
                : messages.format("dashboard.export.failed", file, failure.getCause().getMessage())), Edt.ON_EDT);
        return written;
    }

    private ChartCard card(String chartId) {
        ChartCard card = cards.get(chartId);
        if (card == null || card.table() == null) {
            throw new IllegalArgumentException("no chart '" + chartId + "' shown; charts: " + UsageTables.ALL);
        }
        return card;
    }

    // ---- for tests and the staff console ----

    public UsageFilter filter() {
        assert calledOnEDT();
        return filter;
    }

    public boolean isLoading() {
        assert calledOnEDT();
        return loading;
    }

    /** The tiles last shown, or null before the first load. */
    public Summary summary() {
        assert calledOnEDT();
        return summary;
    }

    /** The table each chart shows now, by chart id. */
    public Map<String, CountTable> shownTables() {
        assert calledOnEDT();
        Map<String, CountTable> shown = new LinkedHashMap<>();
        cards.forEach((id, card) -> shown.put(id, card.table()));
        return shown;
    }
}
