package com.neckkiosk.ui.wizard;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.print.PageGeometry;
import com.neckkiosk.print.Sheet;
import com.neckkiosk.print.SheetImages;
import com.neckkiosk.print.SheetLayout;
import com.neckkiosk.ui.Touch;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    private final Pages pages;
    private final Timer timer;
    private final long started = System.currentTimeMillis();

    /** {@code card} names the card around the preview (its layout), for {@link PreviewImages}. */
    SheetPreview(Texts texts, Sheet sheet, PreviewImages images, String card) {
        super(new MigLayout("insets 24 32 24 16, fill, wrap 1", "[grow, fill]", "[][grow, fill]"));
        assert calledOnEDT();
        setName("result.preview");
        putClientProperty(FlatClientProperties.STYLE_CLASS, "surface");
        add(Touch.label("result.preview.title", texts.get("result.sheet.title"), "heading"));

        SheetLayout layout = SheetLayout.of(sheet);
        pages = new Pages(layout, images, card, images.start(layout, card));
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

    /**
     * The pages, one under the other, as wide as the view. The still part comes from
     * {@link PreviewImages} when its image is drawn at this width; the figures are painted on top.
     */
    private final class Pages extends JComponent implements Scrollable {
        /** The longest the EDT waits for the worker's image before painting the pages itself. */
        private static final long WAIT_MILLIS = 100;
        final SheetLayout layout;
        private final PreviewImages images;
        private final String card;
        private CompletableFuture<PreviewImages.Still> still;

        Pages(SheetLayout layout, PreviewImages images, String card, CompletableFuture<PreviewImages.Still> still) {
            this.layout = layout;
            this.images = images;
            this.card = card;
            this.still = still;
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
                images.laidOutAt(card, width);
            }
        }

        double scale() {
            return PreviewImages.scale(layout, getWidth());
        }

        void moveFigures() {
            double scale = scale();
            for (int i = 0; i < layout.pages().size(); i++) {
                int top = PreviewImages.pageTop(layout, getWidth(), i);
                for (Rectangle2D area : layout.pages().get(i).figureAreas()) {
                    repaint(new Rectangle((int) (area.getX() * scale) - 2, (int) (top + area.getY() * scale) - 2,
                            (int) (area.getWidth() * scale) + 4, (int) (area.getHeight() * scale) + 4));
                }
            }
        }

        /** The worker's image if it is (or within a moment will be) drawn at this width; else null. */
        private BufferedImage stillImage() {
            PreviewImages.Still drawn;
            try {
                drawn = still.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                drawn = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                drawn = null;
            }
            if (drawn != null && drawn.width() == getWidth()) {
                return drawn.image();
            }
            if (still.isDone() && getWidth() > 0) {
                still = images.start(layout, card); // for the frames that follow: this width from now on
            }
            return null;
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                SheetImages.smooth(g);
                BufferedImage image = stillImage();
                double scale = scale();
                PageGeometry geometry = layout.geometry();
                double pose = pose();
                Rectangle clip = g.getClipBounds();
                for (int i = 0; i < layout.pages().size(); i++) {
                    int top = PreviewImages.pageTop(layout, getWidth(), i);
                    int w = (int) Math.round(geometry.width() * scale);
                    int h = (int) Math.round(geometry.height() * scale);
                    Rectangle paper = new Rectangle(0, top, w, h).intersection(clip);
                    if (paper.isEmpty()) {
                        continue;
                    }
                    if (image != null) {
                        g.drawImage(image, paper.x, paper.y, paper.x + paper.width, paper.y + paper.height,
                                paper.x, paper.y, paper.x + paper.width, paper.y + paper.height, null);
                    } else {
                        PreviewImages.paintStillPage(g, layout, getWidth(), i);
                    }
                    Graphics2D page = (Graphics2D) g.create();
                    page.translate(0, top);
                    page.scale(scale, scale);
                    layout.paintFigures(page, i, pose, false);
                    page.dispose();
                }
            } finally {
                g.dispose();
            }
        }

        @Override
        public Dimension getPreferredSize() {
            int width = Math.max(getWidth(), 400);
            return new Dimension(width, PreviewImages.pagesHeight(layout, width));
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
