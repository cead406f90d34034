package com.neckkiosk.print;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link Sheet} out on pages of one paper size, in points, once: the screen preview and
 * the printer paint the very same pages. Large print (body 14 pt, headings 20 pt), black on
 * white. Text is wrapped with fixed font metrics, so the layout does not depend on the device;
 * a part never splits across pages and a heading stays with what follows it.
 */
public final class SheetLayout {

    public static final float BODY_PT = 14;
    public static final float HEADING_PT = 20;
    static final float TITLE_PT = 24;
    private static final double LEADING = 1.05;
    /** The most pages a sheet should take, and the fewest prevention tips kept to get there. */
    public static final int MAX_PAGES = 2;
    static final int MIN_TIPS = 2;
    private static final double LINE = BODY_PT * LEADING;
    private static final double GAP = 4;
    private static final double FIGURE_W = 116;
    private static final double FIGURE_H = 76;

    /**
     * The text styles of the sheet, all in the logical SansSerif font: the print system sends it
     * as Helvetica, so the words stay real text in the printer's file, placed at exactly the
     * widths the layout measured (Java spaces each string to its own metrics). Screen and paper
     * therefore share one set of metrics.
     */
    public enum Style {
        BODY(BODY_PT, Font.PLAIN), BOLD(BODY_PT, Font.BOLD), HEADING(HEADING_PT, Font.BOLD), TITLE(TITLE_PT, Font.BOLD);

        private final float size;
        private final Font font;

        Style(float size, int weight) {
            this.size = size;
            this.font = new Font(Font.SANS_SERIF, weight, 1).deriveFont(size);
        }

        public float size() {
            return size;
        }

        public Font font() {
            return font;
        }

        double line() {
            return size * LEADING;
        }
    }

    static final Style BODY = Style.BODY;
    static final Style BOLD = Style.BOLD;
    static final Style HEADING = Style.HEADING;
    static final Style TITLE = Style.TITLE;
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    private final Sheet sheet;
    private final PageGeometry geometry;
    private final List<Page> pages;
    /** Where page 1 says "Page 1 of N": beside the clinic's name, so page 1 needs no footer. */
    private double pageOneLabelBaseline;
    private static final double PAGE_LABEL_ROOM = 120;

    /** One page: what is drawn on it, in page points. */
    public record Page(int number, List<Mark> marks) {
        /** Where the page's exercise figures are, to repaint only them while they move. */
        public List<Rectangle2D> figureAreas() {
            List<Rectangle2D> areas = new ArrayList<>();
            for (Mark mark : marks) {
                if (mark instanceof FigureMark figure) {
                    areas.add(figure.box());
                }
            }
            return areas;
        }

        public List<String> texts() {
            List<String> texts = new ArrayList<>();
            for (Mark mark : marks) {
                if (mark instanceof TextMark text) {
                    texts.add(text.text());
                }
            }
            return texts;
        }
    }

    /** Something drawn at a fixed place on a page. */
    public sealed interface Mark permits TextMark, DotMark, BoxMark, RuleMark, FigureMark {
    }

    public record TextMark(String text, Style style, double x, double baseline) implements Mark {
    }

    public record DotMark(double cx, double cy, double radius) implements Mark {
    }

    public record BoxMark(Rectangle2D box, float stroke) implements Mark {
    }

    public record RuleMark(double x1, double x2, double y) implements Mark {
    }

    /** An exercise's start and end position side by side, with their labels. */
    public record FigureMark(Sheet.Move move, Rectangle2D box, String start, String end) implements Mark {
    }

    /** A piece of the flow that stays on one page; text flows around a figure at its right. */
    private static final class Block {
        final List<Mark> marks = new ArrayList<>();
        double height;
        boolean keepWithNext;
        double figureBottom;
        double figureLeft;
        /** Heights at which the block may go on over a page break (between lines, below any figure). */
        final List<Double> breaks = new ArrayList<>();

        /** Where a line starting at the current height must end. */
        double right(double right) {
            return height < figureBottom ? Math.min(right, figureLeft) : right;
        }
    }

    private SheetLayout(Sheet sheet) {
        this.sheet = sheet;
        this.geometry = PageGeometry.of(sheet.paper());
        this.pages = paginate(blocks());
    }

    /**
     * Lays the sheet out in at most {@link #MAX_PAGES} pages: when the prevention tips would
     * push it onto a third page, the last ones are left off, general tips first, then the
     * second tips of the patient's own causes. The first tip of each of the patient's own
     * causes always stays, and at least {@link #MIN_TIPS} tips.
     */
    public static SheetLayout of(Sheet sheet) {
        SheetLayout layout = new SheetLayout(sheet);
        int tips = sheet.preventionTips().size();
        int kept = Math.min(tips, Math.max(MIN_TIPS, sheet.ownCauseTips()));
        while (layout.pages.size() > MAX_PAGES && tips > kept) {
            tips--;
            layout = new SheetLayout(sheet.withPreventionTips(tips));
        }
        return layout;
    }

    public Sheet sheet() {
        return sheet;
    }

    public PageGeometry geometry() {
        return geometry;
    }

    public List<Page> pages() {
        return pages;
    }

    // ---- the flow ----

    private List<Block> blocks() {
        double w = geometry.textWidth();
        Sheet.Words words = sheet.words();
        List<Block> flow = new ArrayList<>();

        Block head = new Block();
        text(head, sheet.clinicName(), TITLE, 0, w - PAGE_LABEL_ROOM);
        pageOneLabelBaseline = head.height - TITLE.line() * 0.26;
        StringBuilder line = new StringBuilder(words.dateLabel()).append(": ").append(words.formattedDate());
        if (sheet.visitCode() != null) {
            line.append(" \u00b7 ").append(words.codeLabel()).append(": ").append(sheet.visitCode());
        }
        text(head, line.toString(), BOLD, 0, w);
        head.height += 4;
        head.marks.add(new RuleMark(0, w, head.height));
        head.height += GAP;
        text(head, sheet.opening(), BODY, 0, w);
        flow.add(head);
        // the signs that need help now come first: they matter most, and the box never splits
        if (!sheet.helpSigns().isEmpty()) {
            flow.add(helpBox(words.helpTitle(), sheet.helpSigns(), w));
        }

        flow.add(heading(words.exercises(), w));
        Block advice = new Block();
        text(advice, sheet.exerciseAdvice(), BODY, 0, w);
        sheet.seatedAdvice().ifPresent(seated -> text(advice, seated, BOLD, 0, w));
        flow.add(advice);
        for (Sheet.Move move : sheet.exercises()) {
            flow.add(exercise(move, w));
        }
        if (!sheet.stopRules().isEmpty()) {
            Block stop = new Block();
            stop.height += GAP / 2;
            text(stop, words.stop() + ": " + String.join(" ", sheet.stopRules()), BOLD, 0, w);
            flow.add(stop);
        }
        list(flow, words.remedies(), sheet.remedies(), w);
        list(flow, words.prevention(), sheet.preventionTips(), w);
        Block end = new Block();
        end.height += GAP / 2;
        text(end, words.disclaimer(), BODY, 0, w);
        flow.add(end);
        return flow;
    }

    private Block heading(String words, double w) {
        Block block = new Block();
        block.height += GAP;
        text(block, words, HEADING, 0, w);
        block.keepWithNext = true;
        return block;
    }

    private void list(List<Block> flow, String title, List<String> items, double w) {
        if (items.isEmpty()) {
            return;
        }
        flow.add(heading(title, w));
        for (String item : items) {
            Block block = new Block();
            bullet(block, item, BODY, 0, w);
            // a long item may go on over the page between its lines
            for (Mark mark : block.marks) {
                if (mark instanceof TextMark t && t.baseline() < block.height - LINE) {
                    block.breaks.add(t.baseline() + LINE * 0.26);
                }
            }
            flow.add(block);
        }
    }

    private Block exercise(Sheet.Move move, double w) {
        Block block = new Block();
        block.height += GAP;
        // the figure beside the name, or, when the name would wrap there, below it
        boolean nameBeside = width(move.text().name(), HEADING) <= w - FIGURE_W - 14;
        if (!nameBeside) {
            text(block, move.text().name(), HEADING, 0, w);
        }
        double top = block.height + 2;
        block.marks.add(new FigureMark(move, new Rectangle2D.Double(w - FIGURE_W, top, FIGURE_W, FIGURE_H),
                sheet.words().start(), sheet.words().end()));
        block.figureBottom = top + FIGURE_H + 2;
        block.figureLeft = w - FIGURE_W - 14;
        if (nameBeside) {
            text(block, move.text().name(), HEADING, 0, w);
        }
        text(block, move.text().dose(), BOLD, 0, w);
        List<String> steps = move.text().steps();
        for (int i = 0; i < steps.size(); i++) {
            numbered(block, i + 1, steps.get(i), w);
        }
        block.height = Math.max(block.height, block.figureBottom);
        // below its figure, an exercise may go on over the page between any two lines
        for (Mark mark : block.marks) {
            if (mark instanceof TextMark t && t.style() == BODY) {
                double lineEnd = t.baseline() + t.style().line() * 0.26;
                if (lineEnd >= block.figureBottom && lineEnd < block.height - 1) {
                    block.breaks.add(lineEnd);
                }
            }
        }
        block.breaks.sort(null);
        return block;
    }

    /** The boxed "when to get help now": what to do first, then the signs (one column wraps least). */
    private Block helpBox(String title, List<String> signs, double w) {
        double pad = 7;
        double iw = w - 2 * pad;
        Block inner = new Block();
        text(inner, title, HEADING, 0, iw);
        text(inner, signs.get(0), BOLD, 0, iw);
        inner.height += 4;
        List<String> rest = signs.subList(1, signs.size());
        
        
        for (String sign : rest) {
            bullet(inner, sign, BODY, 0, iw);
        }

        Block box = new Block();
        box.height = GAP * 1.5;
        double top = box.height;
        for (Mark mark : inner.marks) {
            box.marks.add(shift(mark, pad, top + pad - 2));
        }
        box.height = top + inner.height + 2 * pad - 2;
        box.marks.add(new BoxMark(new Rectangle2D.Double(0, top, w, inner.height + 2 * pad - 2), 3f));
        return box;
    }

    /** Adds wrapped lines from {@code indent} to {@code right}, each line starting clear of the figure. */
    private static void text(Block block, String words, Style style, double indent, double right) {
        double line = style.line();
        String[] tokens = words.trim().split("\\s+");
        int i = 0;
        while (i < tokens.length) {
            double x = indent;
            double end = block.right(right);
            StringBuilder row = new StringBuilder(tokens[i++]);
            while (i < tokens.length && width(row + " " + tokens[i], style) <= end - x) {
                row.append(' ').append(tokens[i++]);
            }
            block.height += line;
            block.marks.add(new TextMark(row.toString(), style, x, block.height - line * 0.26));
        }
    }

    private static void bullet(Block block, String words, Style style, double indent, double right) {
        double top = block.height;
        text(block, words, style, indent + 16, right);
        block.marks.add(new DotMark(indent + 5, top + LINE * 0.45, 3.2));
        block.height += 1;
    }

    private static void numbered(Block block, int number, String words, double right) {
        double top = block.height;
        text(block, words, BODY, 22, right);
        block.marks.add(new TextMark(number + ".", BOLD, 0, top + LINE - LINE * 0.26));
    }

    private static Mark shift(Mark mark, double dx, double dy) {
        if (mark instanceof TextMark t) {
            return new TextMark(t.text(), t.style(), t.x() + dx, t.baseline() + dy);
        } else if (mark instanceof DotMark d) {
            return new DotMark(d.cx() + dx, d.cy() + dy, d.radius());
        } else if (mark instanceof RuleMark r) {
            return new RuleMark(r.x1() + dx, r.x2() + dx, r.y() + dy);
        } else if (mark instanceof BoxMark b) {
            Rectangle2D r = b.box();
            return new BoxMark(new Rectangle2D.Double(r.getX() + dx, r.getY() + dy, r.getWidth(), r.getHeight()),
                    b.stroke());
        }
        FigureMark f = (FigureMark) mark;
        Rectangle2D r = f.box();
        return new FigureMark(f.move(), new Rectangle2D.Double(r.getX() + dx, r.getY() + dy, r.getWidth(),
                r.getHeight()), f.start(), f.end());
    }

    static double width(String text, Style style) {
        return style.font().getStringBounds(text, FRC).getWidth();
    }

    // ---- pages ----

    private List<Page> paginate(List<Block> flow) {
        double footer = LINE + GAP;
        double usable = geometry.height() - 2 * geometry.margin();
        List<List<Mark>> marks = new ArrayList<>();
        List<Mark> current = new ArrayList<>();
        double y = 0;
        for (int i = 0; i < flow.size(); i++) {
            // a heading moves to the next page with the block it introduces
            Block block = flow.get(i);
            double needed = block.height;
            for (int j = i; flow.get(j).keepWithNext && j + 1 < flow.size(); j++) {
                needed += flow.get(j + 1).height;
            }
            double room = marks.isEmpty() ? usable : usable - footer;
            double split = 0;
            for (double at : block.breaks) {
                if (y + at <= room) {
                    split = at;
                }
            }
            if (y + needed > room && split > 0) {
                // the first steps stay with the exercise's figure; the rest go on over the page
                for (Mark mark : block.marks) {
                    if (top(mark) < split) {
                        current.add(shift(mark, geometry.margin(), geometry.margin() + y));
                    }
                }
                marks.add(current);
                current = new ArrayList<>();
                for (Mark mark : block.marks) {
                    if (top(mark) >= split) {
                        current.add(shift(mark, geometry.margin(), geometry.margin() - split));
                    }
                }
                y = block.height - split;
                continue;
            }
            if (y + needed > room && !current.isEmpty()) {
                marks.add(current);
                current = new ArrayList<>();
                y = 0;
            }
            for (Mark mark : block.marks) {
                current.add(shift(mark, geometry.margin(), geometry.margin() + y));
            }
            y += block.height;
        }
        marks.add(current);
        List<Page> laidOut = new ArrayList<>();
        for (int n = 0; n < marks.size(); n++) {
            List<Mark> page = new ArrayList<>(marks.get(n));
            String footerText = pageLabel(n, marks.size())
                    + (sheet.visitCode() == null ? "" : "   \u00b7   " + sheet.visitCode());
            double x = geometry.width() - geometry.margin() - width(footerText, BODY);
            page.add(n == 0
                    ? new TextMark(pageLabel(n, marks.size()), BOLD,
                            geometry.width() - geometry.margin() - width(pageLabel(n, marks.size()), BOLD),
                            geometry.margin() + pageOneLabelBaseline)
                    : new TextMark(footerText, BODY, x, geometry.bottom() - 4));
            laidOut.add(new Page(n + 1, List.copyOf(page)));
        }
        return List.copyOf(laidOut);
    }

    /** The top of a mark's line (give or take half a point), to tell which side of a page break it falls on. */
    private static double top(Mark mark) {
        if (mark instanceof TextMark t) {
            return t.baseline() - t.style().line() * 0.74 + 0.5;
        } else if (mark instanceof DotMark d) {
            return d.cy() - LINE * 0.45 + 0.5;
        } else if (mark instanceof RuleMark r) {
            return r.y();
        } else if (mark instanceof BoxMark b) {
            return b.box().getY();
        }
        return ((FigureMark) mark).box().getY();
    }

    private String pageLabel(int index, int count) {
        return MessageFormat.format(sheet.words().page(), index + 1, count);
    }

    // ---- painting ----

    /**
     * Paints a page in page points. {@code motion} is NaN on paper (each figure shows its start
     * and end); on screen it is the pose in [0, 1] that the start figure moves through.
     */
    public void paint(Graphics2D g, int pageIndex, double motion, boolean onPaper) {
        paintStill(g, pageIndex);
        paintFigures(g, pageIndex, motion, onPaper);
    }

    /** Paints everything on a page but the exercise figures: the part of a page that never moves. */
    public void paintStill(Graphics2D g, int pageIndex) {
        g.setColor(Color.BLACK);
        for (Mark mark : pages.get(pageIndex).marks()) {
            if (!(mark instanceof FigureMark)) {
                paint(g, mark, Double.NaN, false);
            }
        }
    }

    /** Paints a page's exercise figures only; see {@link #paint(Graphics2D, int, double, boolean)}. */
    public void paintFigures(Graphics2D g, int pageIndex, double motion, boolean onPaper) {
        g.setColor(Color.BLACK);
        for (Mark mark : pages.get(pageIndex).marks()) {
            if (mark instanceof FigureMark) {
                paint(g, mark, motion, onPaper);
            }
        }
    }

    static void paint(Graphics2D g, Mark mark, double motion, boolean onPaper) {
        if (mark instanceof TextMark t) {
            g.setFont(t.style().font());
            g.drawString(t.text(), (float) t.x(), (float) t.baseline());
        } else if (mark instanceof DotMark d) {
            g.fill(new Ellipse2D.Double(d.cx() - d.radius(), d.cy() - d.radius(), 2 * d.radius(), 2 * d.radius()));
        } else if (mark instanceof RuleMark r) {
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new java.awt.geom.Line2D.Double(r.x1(), r.y(), r.x2(), r.y()));
        } else if (mark instanceof BoxMark b) {
            g.setStroke(new BasicStroke(b.stroke()));
            g.draw(b.box());
        } else if (mark instanceof FigureMark f) {
            ExerciseFigure.paintPair(g, f, motion, onPaper);
        }
    }
}
