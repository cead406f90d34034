package com.neckkiosk.ui.wizard;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.print.PageGeometry;
import com.neckkiosk.print.Sheet;
import com.neckkiosk.print.SheetImages;
import com.neckkiosk.print.SheetLayout;
import com.neckkiosk.ui.Touch;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Scrollable;
import javax.swing.ScrollPaneConstants;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * The take-home sheet as it will print: the very pages {@link SheetLayout} gives the printer,
 * scaled to the width of the screen. Each exercise figure also moves gently from its start to
 * its end position and back, so the patient sees how it is done; the timer runs only while the
 * preview is on screen.
 */
final class SheetPreview extends JPanel {

    /** One slow breath: start to end and back. */
    static final int CYCLE_MILLIS = 3200;
    private static final int FRAME_MILLIS = 60;
    private static final int PAGE_GAP = 16;

    private final Pages pages;
    private final Timer timer;
    private final long started = System.currentTimeMillis();

    SheetPreview(Texts texts, Sheet sheet) {
        super(new MigLayout("insets 24 32 24 16, fill, wrap 1", "[grow, fill]", "[][grow, fill]"));
        assert calledOnEDT();
        setName("result.preview");
        putClientProperty(FlatClientProperties.STYLE_CLASS, "surface");
        add(Touch.label("result.preview.title", texts.get("result.sheet.title"), "heading"));

        pages = new Pages(SheetLayout.of(sheet));
        pages.setName("result.preview.pages");
        Touch.describe(pages, texts.get("result.preview.name"),
                String.join(" ", pages.layout.pages().stream().flatMap(p -> p.texts().stream()).toList()));
        JScrollPane scroll = new JScrollPane(pages, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setName("result.preview.scroll");
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(48);
        add(scroll, "grow, wmin 10, h 10:200:n");

        timer = new Timer(FRAME_MILLIS, e -> pages.moveFigures());
    }

    /** Where the figures are in their movement: 0 start, 1 end, eased in and out. */
    double pose() {
        double phase = ((System.currentTimeMillis() - started) % CYCLE_MILLIS) / (double) CYCLE_MILLIS;
        return 0.5 - 0.5 * Math.cos(2 * Math.PI * phase);
    }

    /** Whether the figures are moving (only while the preview is showing). */
    boolean animating() {
        return timer.isRunning();
    }

    SheetLayout sheetLayout() {
        return pages.layout;
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (!pages.layout.sheet().exercises().isEmpty()) {
            timer.start();
        }
    }

    @Override
    public void removeNotify() {
        timer.stop();
        super.removeNotify();
    }

    /** The pages, one under the other, as wide as the view. */
    private final class Pages extends JComponent implements Scrollable {
        final SheetLayout layout;

        Pages(SheetLayout layout) {
            this.layout = layout;
            setOpaque(false);
        }

        @Override
        public javax.accessibility.AccessibleContext getAccessibleContext() {
            if (accessibleContext == null) {
                accessibleContext = new AccessibleJComponent() {
                    @Override
                    public javax.accessibility.AccessibleRole getAccessibleRole() {
                        return javax.accessibility.AccessibleRole.TEXT;
                    }
                };
            }
            return accessibleContext;
        }

        @Override
        public void setBounds(int x, int y, int width, int height) {
            boolean resized = width != getWidth();
            super.setBounds(x, y, width, height);
            if (resized) {
                revalidate(); // the height follows the width
            }
        }

        double scale() {
            return Math.max(0.1, getWidth() / layout.geometry().width());
        }

        double pageHeight(double scale) {
            return layout.geometry().height() * scale;
        }

        void moveFigures() {
            double scale = scale();
            for (int i = 0; i < layout.pages().size(); i++) {
                double top = i * (pageHeight(scale) + PAGE_GAP);
                for (Rectangle2D area : layout.pages().get(i).figureAreas()) {
                    repaint(new Rectangle((int) (area.getX() * scale) - 2, (int) (top + area.getY() * scale) - 2,
                            (int) (area.getWidth() * scale) + 4, (int) (area.getHeight() * scale) + 4));
                }
            }
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                SheetImages.smooth(g);
                double scale = scale();
                PageGeometry geometry = layout.geometry();
                double pose = pose();
                for (int i = 0; i < layout.pages().size(); i++) {
                    int top = (int) Math.round(i * (pageHeight(scale) + PAGE_GAP));
                    int w = (int) Math.round(geometry.width() * scale);
                    int h = (int) Math.round(pageHeight(scale));
                    if (!g.getClipBounds().intersects(0, top, w, h)) {
                        continue;
                    }
                    g.setColor(Color.WHITE);
                    g.fillRect(0, top, w - 1, h - 1);
                    g.setColor(Color.GRAY);
                    g.drawRect(0, top, w - 1, h - 1);
                    Graphics2D page = (Graphics2D) g.create();
                    page.translate(0, top);
                    page.scale(scale, scale);
                    layout.paint(page, i, pose, false);
                    page.dispose();
                }
            } finally {
                g.dispose();
            }
        }

        @Override
        public Dimension getPreferredSize() {
            int width = Math.max(getWidth(), 400);
            double scale = width / layout.geometry().width();
            int n = layout.pages().size();
            return new Dimension(width, (int) Math.ceil(n * pageHeight(scale) + (n - 1) * PAGE_GAP));
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return new Dimension(400, 300);
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 48;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return Math.max(48, visible.height - 48);
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }
}
