package com.neckkiosk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JToggleButton;

/**
 * Large touch targets and labels, styled only through the theme's style classes
 * ({@code [style]Button.primary} and friends in {@code FlatLightLaf.properties}).
 */
public final class Touch {

    /** The one big action of a screen: Start, Continue, Done, I'm still here. */
    public static final String PRIMARY = "primary";
    /** An answer; a toggle shows the answer already given. */
    public static final String CHOICE = "choice";
    /** An answer whose words may wrap: regular weight, so long labels take fewer lines. */
    public static final String TILE = "tile";
    /** Navigation and settings: Back, Start over, language, text size, contrast, read aloud. */
    public static final String QUIET = "quiet";
    /** "I need help now". */
    public static final String HELP = "help";

    /** Smallest touch target at 1920x1080, and the space between targets (pixels at scale 1). */
    public static final int MIN_HEIGHT = 96;
    public static final int MIN_WIDTH = 120;
    public static final int GAP = 24;

    private Touch() {
    }

    public static JButton button(String name, String text, String styleClass, Runnable action) {
        JButton button = new JButton(text);
        prepare(button, name, text, styleClass);
        button.addActionListener(e -> action.run());
        return button;
    }

    public static JToggleButton toggle(String name, String text, String styleClass, boolean selected) {
        JToggleButton toggle = new JToggleButton(text, selected);
        prepare(toggle, name, text, styleClass);
        return toggle;
    }

    /** A toggle whose words wrap onto a second line when the tile is narrow. */
    public static JToggleButton tile(String name, String text, String styleClass, boolean selected) {
        JToggleButton toggle = toggle(name, text, styleClass, selected);
        toggle.setText(centredHtml(text));
        return toggle;
    }

    static String centredHtml(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<html><div style='text-align:center'>" + escaped + "</div></html>";
    }

    public static JLabel label(String name, String text, String styleClass) {
        JLabel label = new JLabel(text);
        label.setName(name);
        if (styleClass != null) {
            label.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        }
        label.getAccessibleContext().setAccessibleName(text);
        return label;
    }

    /** Sets what a screen reader says; {@code description} adds context such as the question. */
    public static <C extends JComponent> C describe(C component, String accessibleName, String description) {
        component.getAccessibleContext().setAccessibleName(accessibleName);
        component.getAccessibleContext().setAccessibleDescription(description);
        return component;
    }

    private static void prepare(AbstractButton button, String name, String text, String styleClass) {
        button.setName(name);
        button.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        // a finger, not a keyboard: no focus ring left behind on the last button touched
        button.setFocusable(false);
        button.getAccessibleContext().setAccessibleName(text);
    }
}
