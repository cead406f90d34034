package com.neckkiosk.print;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** The sheet's pages as images: for the {@code sheet --png} verb, for tests and for looking at. */
public final class SheetImages {

    private SheetImages() {
    }

    /** Sets the hints the preview and the images share: smooth text and lines, exact metrics. */
    public static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /** One page at {@code dpi} dots per inch, as it prints (figures at their start and end). */
    public static BufferedImage page(SheetLayout layout, int index, int dpi) {
        double scale = dpi / 72.0;
        PageGeometry geometry = layout.geometry();
        BufferedImage image = new BufferedImage((int) Math.ceil(geometry.width() * scale),
                (int) Math.ceil(geometry.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            smooth(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            layout.paint(g, index, Double.NaN, false);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes every page to {@code dir/PREFIX-N.png} (N from 1); creates the folder.
     *
     * @return the files written, in page order
     */
    public static List<Path> write(SheetLayout layout, Path dir, String prefix, int dpi) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < layout.pages().size(); i++) {
            Path file = dir.resolve(prefix + "-" + (i + 1) + ".png");
            ImageIO.write(page(layout, i, dpi), "png", file.toFile());
            files.add(file);
        }
        return files;
    }
}
