package com.neckkiosk.print;

import com.neckkiosk.config.PaperSize;

/**
 * A sheet of paper in points (1/72 inch) and the margin kept clear on every side; 0.3 inch
 * is more than office printers need (they cannot print the outer 0.17 to 0.25 inch).
 */
public record PageGeometry(double width, double height, double margin) {

    public static final double MARGIN = 21.6;

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
