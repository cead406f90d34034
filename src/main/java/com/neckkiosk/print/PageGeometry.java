package com.neckkiosk.print;

import com.neckkiosk.config.PaperSize;

/**
 * A sheet of paper in points (1/72 inch) and the margin kept clear on every side: 0.25 inch, what office
 * laser and inkjet printers can reach (most print to within 0.17 inch of the edge).
 */
public record PageGeometry(double width, double height, double margin) {

    public static final double MARGIN = 18;

    public static PageGeometry of(PaperSize paper) {
        return switch (paper) {
            case A4 -> new PageGeometry(595.28, 841.89, MARGIN);
            case LETTER -> new PageGeometry(612, 792, MARGIN);
        };
    }

    public double textWidth() {
        return width - 2 * margin;
    }

    public double bottom() {
        return height - margin;
    }
}
