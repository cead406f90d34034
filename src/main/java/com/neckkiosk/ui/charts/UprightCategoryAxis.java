package com.neckkiosk.ui.charts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis whose labels stand upright on one line each (the funnel's step names): a name
 * longer than the room is cut letter by letter and ends in "…", where JFreeChart's own wrapping
 * would keep only the words of a first line, sometimes just "Wor...".
 */
final class UprightCategoryAxis extends CategoryAxis {

    private static final long serialVersionUID = 1L;
    static final String ELLIPSIS = "\u2026";

    UprightCategoryAxis(float heightRatio) {
        setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        setMaximumCategoryLabelWidthRatio(heightRatio);
    }

    /** {@code text}, cut to fit {@code width} pixels as {@code metrics} measure it. */
    static String fit(String text, double width, FontMetrics metrics) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && metrics.stringWidth(cut.strip() + ELLIPSIS) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + ELLIPSIS;
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        Font font = getTickLabelFont(category);
        return TextUtils.createTextBlock(fit(category.toString(), width, g2.getFontMetrics(font)), font,
                getTickLabelPaint(category));
    }
}
