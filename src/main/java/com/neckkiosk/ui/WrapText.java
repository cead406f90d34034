package com.neckkiosk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.Arrays;
import java.util.function.Supplier;
import javax.swing.JTextArea;
import javax.swing.text.DefaultCaret;

/**
 * Read-only text that wraps at word boundaries, for questions and sentences that are
 * longer in Spanish than in English. Not focusable, not editable: there is no typing.
 *
 * <p>Two things a text area does for editing are left out, because a tap paid for them: its
 * caret never scrolls an enclosing scroll pane (the caret of every new text area asked its
 * scroll pane to show it, so a screen or the sheet preview opened scrolled down to its last
 * text), and its sizes are remembered until it is invalidated (a layout asks for them many
 * times, and each answer wrapped every line again).
 */
public final class WrapText extends JTextArea {

    private static final int PREFERRED = 0;
    private static final int MINIMUM = 1;
    private static final int MAXIMUM = 2;

    private int measuredWidth = -1;
    private int measuredHeight = -1;
    /** Preferred, minimum and maximum size at the measured width and height; null until asked. */
    private final Dimension[] sizes = new Dimension[3];

    public WrapText(String name, String text, String styleClass) {
        super(text);
        setName(name);
        setEditable(false);
        setFocusable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setOpaque(false);
        setBorder(null);
        setHighlighter(null);
        // read-only text must never scroll its scroll pane to a caret at the end
        ((DefaultCaret) getCaret()).setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        getAccessibleContext().setAccessibleName(text);
    }

    /** Nothing inside read-only text needs to be scrolled to; scrolling is the patient's. */
    @Override
    public void scrollRectToVisible(Rectangle area) {
        // deliberately nothing
    }

    /** A change of text, font, border, look or size invalidates; the sizes are measured again after it. */
    @Override
    public void invalidate() {
        super.invalidate();
        if (sizes != null) { // null while JTextArea's constructor installs the look
            Arrays.fill(sizes, null);
        }
    }

    @Override
    public Dimension getPreferredSize() {
        return isPreferredSizeSet() ? super.getPreferredSize() : remembered(PREFERRED, super::getPreferredSize);
    }

    @Override
    public Dimension getMinimumSize() {
        return isMinimumSizeSet() ? super.getMinimumSize() : remembered(MINIMUM, super::getMinimumSize);
    }

    @Override
    public Dimension getMaximumSize() {
        return isMaximumSizeSet() ? super.getMaximumSize() : remembered(MAXIMUM, super::getMaximumSize);
    }

    private Dimension remembered(int which, Supplier<Dimension> measure) {
        if (measuredWidth != getWidth() || measuredHeight != getHeight()) {
            measuredWidth = getWidth();
            measuredHeight = getHeight();
            Arrays.fill(sizes, null);
        }
        if (sizes[which] == null) {
            sizes[which] = measure.get();
        }
        return new Dimension(sizes[which]);
    }
}
