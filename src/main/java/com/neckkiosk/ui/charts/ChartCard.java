package com.neckkiosk.ui.charts;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.stats.CountTable;
import com.neckkiosk.stats.CsvExport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/** One chart with its title and its PNG and CSV export buttons. */
final class ChartCard extends JPanel {

    private static final long serialVersionUID = 1L;

    private final String chartId;
    private final ChartPanel chartPanel;
    private final JButton png;
    private final JButton csv;
    private transient CountTable table;

    ChartCard(String chartId, ChartLabels labels) {
        super(new MigLayout("insets 8 10 6 10, gap 2 2", "[grow,fill][][]", "[][grow,fill]"));
        this.chartId = chartId;
        setName("dashboard.chart." + chartId);
        putClientProperty(FlatClientProperties.STYLE_CLASS, "dashboardCard");
        JLabel title = new JLabel(labels.title(chartId));
        title.setName("dashboard.title." + chartId);
        title.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        png = button("png", labels);
        csv = button("csv", labels);
        chartPanel = new ChartPanel(null, false, false, false, false, false);
        chartPanel.setName("dashboard.plot." + chartId);
        chartPanel.setMinimumDrawWidth(100);
        chartPanel.setMinimumDrawHeight(80);
        chartPanel.setMaximumDrawWidth(4000);
        chartPanel.setMaximumDrawHeight(3000);
        chartPanel.setPopupMenu(null);
        chartPanel.setDomainZoomable(false);
        chartPanel.setRangeZoomable(false);
        chartPanel.getAccessibleContext().setAccessibleName(labels.title(chartId));
        add(title, "wmin 0"); // a long title is cut short rather than pushing the grid off the screen
        add(png);
        add(csv, "wrap");
        add(chartPanel, "span 3, w 100:300:, h 80:200:");
        getAccessibleContext().setAccessibleName(labels.title(chartId));
    }

    private JButton button(String kind, ChartLabels labels) {
        JButton button = new JButton(labels.messages().get("dashboard.export." + kind));
        button.setName("dashboard." + kind + "." + chartId);
        button.setFocusable(true);
        button.getAccessibleContext().setAccessibleName(
                labels.messages().get("dashboard.export." + kind) + " " + labels.title(chartId));
        button.getAccessibleContext().setAccessibleDescription(labels.messages().get("dashboard.export." + kind + ".explain"));
        button.setToolTipText(labels.messages().get("dashboard.export." + kind + ".explain"));
        button.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        // as wide as its word: the theme's minimum width would leave the chart's title too little room
        button.putClientProperty(FlatClientProperties.STYLE, "minimumWidth: 0; margin: 2,8,2,8");
        return button;
    }

    String chartId() {
        return chartId;
    }

    JButton pngButton() {
        return png;
    }

    JButton csvButton() {
        return csv;
    }

    void show(CountTable newTable, JFreeChart chart) {
        assert calledOnEDT();
        table = newTable;
        chartPanel.setChart(chart);
    }

    CountTable table() {
        assert calledOnEDT();
        return table;
    }

    JFreeChart chart() {
        return chartPanel.getChart();
    }

    /**
     * {@code exported} (the chart as exports show it, see {@link DashboardCharts#forExport}) as
     * PNG bytes at the given size, rendered here; the caller writes the file off the EDT.
     */
    static byte[] png(JFreeChart exported, int width, int height) {
        assert calledOnEDT();
        BufferedImage image = exported.createBufferedImage(width, height);
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The numbers behind the chart, with counts below 5 suppressed. */
    String csv() {
        assert calledOnEDT();
        return CsvExport.of(table);
    }
}
