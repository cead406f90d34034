package com.neckkiosk.ui.charts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis below a chart of many periods (30 days, 26 weeks, 13 months): each label on
 * one line, unwrapped, and only every n-th one when the labels would otherwise touch, so
 * "24 Oct" never breaks into a stack of letters over its neighbours.
 */
final class SpacedCategoryAxis extends CategoryAxis {

    private static final long serialVersionUID = 1L;
    /** Space kept between two shown labels, in pixels. */
    private static final double GAP = 8;

    /** Every how many categories a label is shown, for labels this wide in slots this wide. */
    static int step(double widestLabel, double slot) {
        if (slot <= 0) {
            return 1;
        }
        return Math.max(1, (int) Math.ceil((widestLabel + GAP) / slot));
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<CategoryTick> ticks = new ArrayList<>();
        if (!RectangleEdge.isTopOrBottom(edge) || dataArea.getHeight() <= 0 || dataArea.getWidth() < 0
                || !(getPlot() instanceof CategoryPlot)) {
            return super.refreshTicks(g2, state, dataArea, edge);
        }
        List<Comparable> categories = ((CategoryPlot) getPlot()).getCategoriesForAxis(this);
        int count = categories.size();
        if (count == 0) {
            return ticks;
        }
        Font font = getTickLabelFont();
        FontMetrics metrics = g2.getFontMetrics(font);
        double widest = 0;
        for (Comparable category : categories) {
            widest = Math.max(widest, metrics.stringWidth(category.toString()));
        }
        double slot = calculateCategorySize(count, dataArea, edge) + calculateCategoryGapSize(count, dataArea, edge);
        int step = step(widest, slot);
        CategoryLabelPosition position = getCategoryLabelPositions().getLabelPosition(edge);
        double tallest = 0;
        for (int i = 0; i < count; i++) {
            TextBlock label = i % step == 0
                    ? TextUtils.createTextBlock(categories.get(i).toString(), font, getTickLabelPaint())
                    : new TextBlock();
            ticks.add(new CategoryTick(categories.get(i), label, position.getLabelAnchor(),
                    position.getRotationAnchor(), position.getAngle()));
            if (i % step == 0) {
                tallest = Math.max(tallest, calculateTextBlockHeight(label, position, g2));
            }
        }
        state.setMax(tallest);
        return ticks;
    }
}
