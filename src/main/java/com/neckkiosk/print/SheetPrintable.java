package com.neckkiosk.print;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Paper;
import java.awt.print.Printable;

/** The laid-out sheet as the Java print system asks for it: one page format, every page painted as on screen. */
final class SheetPrintable implements Printable, Pageable {

    private final SheetLayout layout;
    private final PageFormat format;

    SheetPrintable(SheetLayout layout) {
        this.layout = layout;
        PageGeometry geometry = layout.geometry();
        Paper paper = new Paper();
        paper.setSize(geometry.width(), geometry.height());
        // the layout keeps its own margin; the whole sheet is "printable" so nothing is shifted
        paper.setImageableArea(0, 0, geometry.width(), geometry.height());
        format = new PageFormat();
        format.setPaper(paper);
        format.setOrientation(PageFormat.PORTRAIT);
    }

    @Override
    public int print(Graphics graphics, PageFormat pageFormat, int pageIndex) {
        if (pageIndex < 0 || pageIndex >= layout.pages().size()) {
            return NO_SUCH_PAGE;
        }
        Graphics2D g = (Graphics2D) graphics;
        SheetImages.smooth(g);
        layout.paint(g, pageIndex, Double.NaN, true);
        return PAGE_EXISTS;
    }

    @Override
    public int getNumberOfPages() {
        return layout.pages().size();
    }

    @Override
    public PageFormat getPageFormat(int pageIndex) {
        return format;
    }

    @Override
    public Printable getPrintable(int pageIndex) {
        return this;
    }
}
