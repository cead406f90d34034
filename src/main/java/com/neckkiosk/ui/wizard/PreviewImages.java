package com.neckkiosk.ui.wizard;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.neckkiosk.print.PageGeometry;
import com.neckkiosk.print.SheetImages;
import com.neckkiosk.print.SheetLayout;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Draws the sheet preview's still pages (everything but the moving figures) into one image on
 * a worker thread, while the EDT builds and lays out the result card. The preview then only
 * copies the part of the image it shows, instead of setting every line of the sheet in type on
 * the EDT inside the patient's tap. Java 2D into a {@link BufferedImage} touches no component,
 * so it may run off the EDT.
 *
 * <p>The image holds the pages down to where the last preview of the same card showed them
 * before any scrolling (the rest is drawn if a patient scrolls down).
 *
 * <p>The width the pages will have is the width the last preview of the same card had (the
 * same window and card give the same width every visit; a card with the visit code is laid out
 * differently from one still saving); until one was shown, or when the width differs, the
 * preview paints its pages itself, as before.
 */
final class PreviewImages {

    /** The gap between pages, in pixels. */
    static final int PAGE_GAP = 16;
    /** Drawn below what the preview showed last time, in case its height differs a little. */
    private static final int MARGIN = 64;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sheet-preview");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY);
        return thread;
    });
    /** Per card (see {@link ResultScreen}), the width its preview's pages last had. */
    private final Map<String, Integer> widths = new HashMap<>();
    /** Per card, how far down its preview's pages were shown without scrolling. */
    private final Map<String, Integer> shownDownTo = new HashMap<>();

    /**
     * The still pages of {@code layout} at the width the preview on {@code card} last had, as
     * far down as that preview showed them before the patient scrolled (a third of the pages:
     * a third of the drawing and of the memory); null (at once) until one was laid out.
     */
    CompletableFuture<Still> start(SheetLayout layout, String card) {
        assert calledOnEDT();
        Integer width = widths.get(card);
        if (width == null || width <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        int down = shownDownTo.getOrDefault(card, 0);
        return CompletableFuture.supplyAsync(() -> draw(layout, width, down > 0 ? down + MARGIN : Integer.MAX_VALUE),
                worker);
    }

    /** All the still pages at {@code width}: the patient scrolled below what {@link #start} drew. */
    CompletableFuture<Still> startWhole(SheetLayout layout, int width) {
        assert calledOnEDT();
        return CompletableFuture.supplyAsync(() -> draw(layout, width, Integer.MAX_VALUE), worker);
    }

    /** The preview on {@code card} showed its pages down to {@code bottom} pixels (unscrolled). */
    void shownDownTo(String card, int bottom) {
        assert calledOnEDT();
        shownDownTo.merge(card, bottom, Math::max);
    }

    /** The width the pages of the preview on {@code card} were given: the next one's image is drawn at it. */
    void laidOutAt(String card, int pagesWidth) {
        assert calledOnEDT();
        widths.put(card, pagesWidth);
    }

    void shutdown() {
        worker.shutdownNow();
    }

    /** The still pages at one width, one under the other, each white with a grey frame, down to the image's height. */
    record Still(int width, BufferedImage image) {
        /** Whether the image holds the pages from the top down to {@code bottom}. */
        boolean covers(int bottom) {
            return bottom <= image.getHeight();
        }
    }

    static double scale(SheetLayout layout, int width) {
        return Math.max(0.1, width / layout.geometry().width());
    }

    static int pagesHeight(SheetLayout layout, int width) {
        int n = layout.pages().size();
        return (int) Math.ceil(n * layout.geometry().height() * scale(layout, width) + (n - 1) * PAGE_GAP);
    }

    /** Where page {@code index} starts, in pixels from the top. */
    static int pageTop(SheetLayout layout, int width, int index) {
        return (int) Math.round(index * (layout.geometry().height() * scale(layout, width) + PAGE_GAP));
    }

    /** Paints one page's white paper, frame and still marks at its place. */
    static void paintStillPage(Graphics2D g, SheetLayout layout, int width, int index) {
        double scale = scale(layout, width);
        PageGeometry geometry = layout.geometry();
        int top = pageTop(layout, width, index);
        int w = (int) Math.round(geometry.width() * scale);
        int h = (int) Math.round(geometry.height() * scale);
        g.setColor(Color.WHITE);
        g.fillRect(0, top, w - 1, h - 1);
        g.setColor(Color.GRAY);
        g.drawRect(0, top, w - 1, h - 1);
        Graphics2D page = (Graphics2D) g.create();
        try {
            page.translate(0, top);
            page.scale(scale, scale);
            layout.paintStill(page, index);
        } finally {
            page.dispose();
        }
    }

    private static Still draw(SheetLayout layout, int width, int downTo) {
        int height = Math.min(pagesHeight(layout, width), downTo);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            SheetImages.smooth(g);
            g.setClip(0, 0, width, height);
            for (int i = 0; i < layout.pages().size() && pageTop(layout, width, i) < height; i++) {
                paintStillPage(g, layout, width, i);
            }
        } finally {
            g.dispose();
        }
        return new Still(width, image);
    }
}
