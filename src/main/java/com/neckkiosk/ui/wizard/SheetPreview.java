package com.neckkiosk.ui.wizard;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.print.PageGeometry;
import com.neckkiosk.print.Sheet;
import com.neckkiosk.print.SheetImages;
import com.neckkiosk.print.SheetLayout;
import com.neckkiosk.ui.Edt;
import com.neckkiosk.ui.Touch;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.event.HierarchyEvent;
import java.awt.geom.Rectangle2D;
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
        Touch.describe(pages, texts.get("result.preview.name"), words(layout));
        JScrollPane scroll = new JScrollPane(pages, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setName("result.preview.scroll");
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(48);
        add(scroll, "grow, wmin 10, h 10:200:n");

        timer = new Timer(FRAME_MILLIS, e -> pages.moveFigures());
        // only while on the screen: a card built ahead waits hidden in the window
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0) {
                if (isShowing() && !pages.layout.sheet().exercises().isEmpty()) {
                    timer.start();
                } else {
                    timer.stop();
                }
            }
        });
    }

    /**
     * Shows {@code sheet} (the same one with its visit code, once stored) on a card now laid
     * out as {@code card}. The pages shown stay until the new ones are drawn off the EDT, so the
     * change costs the EDT no setting of type; with no image to wait for, they change at once.
     */
    void show(Sheet sheet, String card) {
        assert calledOnEDT();
        pages.card = card;
        if (sheet.equals(pages.coming.sheet())) {
            return;
        }
        SheetLayout layout = SheetLayout.of(sheet);
        CompletableFuture<PreviewImages.Still> still = pages.images.start(layout, card);
        pages.coming = layout;
        if (still.isDone()) {
            pages.adopt(layout, still);
        } else {
            still.whenCompleteAsync((drawn, failure) -> pages.adopt(layout, still), Edt.ON_EDT);
        }
    }

    private static String words(SheetLayout layout) {
        return String.join(" ", layout.pages().stream().flatMap(p -> p.texts().stream()).toList());
    }

    /** Where the figures are in their movement: 0 start, 1 end, eased in and out. */
    double pose() {
        double phase = ((System.currentTimeMillis() - started) % CYCLE_MILLIS) / (double) CYCLE_MILLIS;
        return 0.5 - 0.5 * Math.cos(2 * Math.PI * phase);
    }

    /** When the image of the pages now on their way is drawn (or given up on: a failed future). */
    CompletableFuture<?> drawn() {
        return pages.still;
    }

    /** Whether the figures are moving (only while the preview is showing). */
    boolean animating() {
        return timer.isRunning();
    }

    SheetLayout sheetLayout() {
        return pages.layout;
    }


    /**
     * The pages, one under the other, as wide as the view. The still part comes from
     * {@link PreviewImages} when its image is drawn at this width; the figures are painted on top.
     */
    private final class Pages extends JComponent implements Scrollable {
        /** The longest the EDT waits for the worker's image before painting the pages itself. */
        private static final long WAIT_MILLIS = 100;
        /** The pages shown. */
        SheetLayout layout;
        /** The pages to be shown once drawn; the same as {@link #layout} when nothing is on its way. */
        SheetLayout coming;
        final PreviewImages images;
        /** The card's arrangement, which the pages' width follows (see {@link PreviewImages}). */
        String card;
        private CompletableFuture<PreviewImages.Still> still;

        Pages(SheetLayout layout, PreviewImages images, String card, CompletableFuture<PreviewImages.Still> still) {
            this.layout = layout;
            this.coming = layout;
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

        /** The new pages, with their still image (done, or given up on), unless newer ones came meanwhile. */
        void adopt(SheetLayout next, CompletableFuture<PreviewImages.Still> drawn) {
            if (next != coming) {
                return;
            }
            layout = next;
            still = drawn;
            getAccessibleContext().setAccessibleDescription(words(next));
            revalidate(); // the pages' height may change with their words
            repaint();
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
        private PreviewImages.Still stillImage() {
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
                return drawn;
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
                PreviewImages.Still image = stillImage();
                Rectangle seen = getVisibleRect();
                if (seen.y == 0 && seen.height > 0) {
                    images.shownDownTo(card, seen.height);
                }
                boolean askedForWhole = false;
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
                    if (image != null && image.covers(paper.y + paper.height)) {
                        g.drawImage(image.image(), paper.x, paper.y, paper.x + paper.width, paper.y + paper.height,
                                paper.x, paper.y, paper.x + paper.width, paper.y + paper.height, null);
                    } else {
                        PreviewImages.paintStillPage(g, layout, getWidth(), i);
                        if (image != null && !askedForWhole && still.isDone()) {
                            // scrolled below the image: the whole pages for the frames that follow
                            still = images.startWhole(layout, getWidth());
                            askedForWhole = true;
                        }
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
