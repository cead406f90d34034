package com.neckkiosk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JTextArea;
import javax.swing.text.DefaultCaret;

/**
 * Read-only text that wraps at word boundaries, for questions and sentences that are
 * longer in Spanish than in English. Not focusable, not editable: there is no typing.
 */
public final class WrapText extends JTextArea {

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
}
