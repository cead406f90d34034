package com.neckkiosk.print;

import com.neckkiosk.triage.Exercise;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * The project's own drawings of the four exercises: simple line figures in a 100 x 120 box,
 * posed by {@code t} from the start position (0) to the end position (1). Paper shows the
 * start and the end; the screen also moves a figure through every pose in between.
 */
public final class ExerciseFigure {

    static final Color GHOST = new Color(0xB8B8B8);
    private static final double W = 100;
    private static final double H = 120;
    private static final double ARROW_W = 16;
    private static final double LABEL_H = 17;

    private ExerciseFigure() {
    }

    /** Start and end side by side with an arrow and their labels; on screen the start also moves. */
    static void paintPair(Graphics2D g, SheetLayout.FigureMark mark, double motion, boolean onPaper) {
        Rectangle2D box = mark.box();
        double cellW = (box.getWidth() - ARROW_W) / 2;
        double cellH = box.getHeight() - LABEL_H;
        Rectangle2D start = new Rectangle2D.Double(box.getX(), box.getY(), cellW, cellH);
        Rectangle2D end = new Rectangle2D.Double(box.getMaxX() - cellW, box.getY(), cellW, cellH);
        Exercise exercise = mark.move().exercise();
        if (Double.isNaN(motion)) {
            paint(g, exercise, 0, start, Color.BLACK);
        } else {
            paint(g, exercise, 0, start, GHOST);
            paint(g, exercise, motion, start, Color.BLACK);
        }
        paint(g, exercise, 1, end, Color.BLACK);

        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double ax1 = start.getMaxX() + 3;
        double ax2 = end.getX() - 3;
        double ay = box.getY() + cellH / 2;
        g.draw(new Line2D.Double(ax1, ay, ax2, ay));
        Path2D head = new Path2D.Double();
        head.moveTo(ax2 - 7, ay - 6);
        head.lineTo(ax2, ay);
        head.lineTo(ax2 - 7, ay + 6);
        g.draw(head);

        g.setFont(SheetLayout.BOLD.font());
        double baseline = box.getMaxY() - 4;
        g.drawString(mark.start(), (float) (start.getCenterX() - SheetLayout.width(mark.start(), SheetLayout.BOLD) / 2),
                (float) baseline);
        g.drawString(mark.end(), (float) (end.getCenterX() - SheetLayout.width(mark.end(), SheetLayout.BOLD) / 2),
                (float) baseline);
    }

    /** One exercise at pose {@code t} in [0, 1], fitted into {@code cell}. */
    public static void paint(Graphics2D g, Exercise exercise, double t, Rectangle2D cell, Color ink) {
        double pose = Math.max(0, Math.min(1, t));
        double scale = Math.min(cell.getWidth() / W, cell.getHeight() / H);
        AffineTransform saved = g.getTransform();
        g.translate(cell.getCenterX() - W * scale / 2, cell.getCenterY() - H * scale / 2);
        g.scale(scale, scale);
        g.setColor(ink);
        g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Pen pen = new Pen(g);
        switch (exercise) {
            case HEAD_ROTATION_RESISTANCE -> headTurn(pen, pose);
            case OSTRICH -> ostrich(pen, pose);
            case POSTERIOR_SHOULDER_STRETCH -> shoulderStretch(pen, pose);
            case BALLOON_DANCE -> balloonDance(pen, pose);
            default -> throw new IllegalArgumentException("no figure for " + exercise);
        }
        g.setTransform(saved);
    }

    /** Front view: the head turns toward the hand held at the temple. */
    private static void headTurn(Pen pen, double t) {
        double turn = Math.toRadians(-38 * t);
        pen.line(50, 58, 50, 70);
        pen.path(25, 118, 30, 72, 70, 72, 75, 118);
        pen.circle(50, 44, 14);
        // eyes and nose slide across the face as the head turns
        for (double side : new double[] {-0.45, 0.45}) {
            double a = turn + side;
            pen.dot(50 + 14 * Math.sin(a), 41, 2.2);
        }
        pen.line(50 + 15 * Math.sin(turn), 44, 50 + 17 * Math.sin(turn), 50);
        // the right arm up, its palm flat on the temple
        double hx = 33 - 3 * t;
        pen.path(30, 74, 14, 62, hx - 4, 46);
        pen.oval(hx - 5, 38, 7, 14);
        // the other arm at rest
        pen.path(70, 74, 80, 96, 80, 112);
    }

    /** Side view, seated: the head glides straight forward, then straight back. */
    private static void ostrich(Pen pen, double t) {
        pen.line(22, 92, 72, 92);
        pen.line(28, 92, 28, 120);
        pen.line(68, 92, 68, 120);
        pen.line(72, 92, 72, 52);
        pen.path(64, 88, 62, 60);
        pen.path(64, 88, 32, 88, 32, 116, 22, 116);
        pen.path(62, 62, 52, 80, 38, 84);
        double hx = 44 + 16 * t;
        pen.circle(hx, 36, 13);
        pen.line(62, 60, hx + 3, 48);
        pen.path(hx - 13, 34, hx - 17, 38, hx - 13, 40);
        pen.dot(hx - 6, 32, 2);
        if (t > 0.5) {
            pen.path(hx - 9, 48, hx - 4, 51, hx + 2, 50);
        }
        pen.line(hx - 6, 12, hx + 6, 12);
    }

    /** Front view: one arm comes across the chest, the other hand draws the elbow in. */
    private static void shoulderStretch(Pen pen, double t) {
        pen.circle(50, 26, 12);
        pen.line(50, 38, 50, 46);
        pen.path(34, 100, 30, 48, 70, 48, 66, 100);
        pen.line(42, 100, 40, 120);
        pen.line(58, 100, 60, 120);
        Point2D elbow = mix(24, 74, 54, 60, t);
        Point2D hand = mix(22, 98, 80, 52, t);
        pen.path(30, 50, elbow.getX(), elbow.getY(), hand.getX(), hand.getY());
        Point2D otherElbow = mix(78, 74, 78, 74, t);
        Point2D otherHand = mix(80, 98, 58, 64, t);
        pen.path(70, 50, otherElbow.getX(), otherElbow.getY(), otherHand.getX(), otherHand.getY());
        pen.dot(otherHand.getX(), otherHand.getY(), 3.5);
    }

    /** Side view at a wall: the forehead keeps a ball on the wall and nods a little. */
    private static void balloonDance(Pen pen, double t) {
        pen.line(10, 2, 10, 120);
        for (int y = 8; y < 120; y += 12) {
            pen.line(10, y, 4, y + 6);
        }
        double dy = -5 + 10 * t;
        pen.circle(22, 32 + dy, 8);
        pen.circle(41, 34 + dy, 11);
        pen.dot(35, 31 + dy, 2);
        pen.line(44, 45 + dy, 47, 52);
        pen.path(47, 52, 49, 86);
        pen.path(49, 86, 45, 120, 38, 120);
        pen.path(49, 86, 53, 120, 46, 120);
        pen.path(47, 55, 44, 72, 42, 86);
        // small arrows: up and down
        pen.line(66, 22 + dy, 66, 44 + dy);
        pen.path(62, 26 + dy, 66, 22 + dy, 70, 26 + dy);
        pen.path(62, 40 + dy, 66, 44 + dy, 70, 40 + dy);
    }

    private static Point2D mix(double x0, double y0, double x1, double y1, double t) {
        return new Point2D.Double(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
    }

    /** Short drawing calls in the figure's own units. */
    private record Pen(Graphics2D g) {
        void line(double x1, double y1, double x2, double y2) {
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }

        void path(double... xy) {
            Path2D path = new Path2D.Double();
            path.moveTo(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                path.lineTo(xy[i], xy[i + 1]);
            }
            g.draw(path);
        }

        void circle(double cx, double cy, double r) {
            g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }

        void oval(double x, double y, double w, double h) {
            g.fill(new Ellipse2D.Double(x, y, w, h));
        }

        void dot(double cx, double cy, double r) {
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        }
    }
}
