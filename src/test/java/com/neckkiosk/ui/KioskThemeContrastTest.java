package com.neckkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.EventQueue;
import java.util.ArrayList;
import java.util.List;
import javax.swing.UIManager;
import org.junit.jupiter.api.Test;

/** Every text colour on every background it is drawn on: WCAG contrast of at least 7:1 (AAA). */
class KioskThemeContrastTest {

    private static final String[][] PAIRS = {
        {"Kiosk.text", "Kiosk.page"}, {"Kiosk.hint", "Kiosk.page"},
        {"Kiosk.text", "Kiosk.bar"}, {"Kiosk.hint", "Kiosk.bar"},
        {"Kiosk.text", "Kiosk.surface"}, {"Kiosk.hint", "Kiosk.surface"},
        {"Kiosk.choice.foreground", "Kiosk.choice.background"},
        {"Kiosk.choice.foreground", "Kiosk.choice.pressedBackground"},
        {"Kiosk.selected.foreground", "Kiosk.selected.background"},
        {"Kiosk.primary.foreground", "Kiosk.primary.background"},
        {"Kiosk.primary.foreground", "Kiosk.primary.pressedBackground"},
        {"Kiosk.help.foreground", "Kiosk.help.background"},
        {"Kiosk.help.foreground", "Kiosk.help.pressedBackground"},
        {"Kiosk.text", "Kiosk.emergency.background"}, {"Kiosk.text", "Kiosk.urgent.background"},
        {"Kiosk.text", "Kiosk.calm.background"},
        {"Kiosk.problem.foreground", "Kiosk.emergency.background"},
        {"Kiosk.problem.foreground", "Kiosk.urgent.background"},
        {"Kiosk.problem.foreground", "Kiosk.calm.background"},
        {"Kiosk.problem.foreground", "Kiosk.problem.background"},
        {"Label.foreground", "Panel.background"}, {"TextArea.foreground", "Panel.background"},
    };

    @Test
    void everyTextColourHasSevenToOneInBothThemes() throws Exception {
        List<String> faults = new ArrayList<>();
        for (boolean highContrast : new boolean[] {false, true}) {
            EventQueue.invokeAndWait(() -> {
                KioskTheme.apply(new KioskTheme.Look(highContrast, false), 1.0);
                for (String[] pair : PAIRS) {
                    Color fg = UIManager.getColor(pair[0]);
                    Color bg = UIManager.getColor(pair[1]);
                    assertThat(fg).as(pair[0]).isNotNull();
                    assertThat(bg).as(pair[1]).isNotNull();
                    double ratio = contrast(fg, bg);
                    if (ratio < 7.0) {
                        faults.add(String.format("%s on %s%s: %.2f:1", pair[0], pair[1], highContrast ? " (HC)" : "", ratio));
                    }
                }
            });
        }
        EventQueue.invokeAndWait(() -> KioskTheme.apply(KioskTheme.Look.STANDARD, 1.0));
        assertThat(faults).isEmpty();
    }

    @Test
    void theFormulaMatchesWcagExamples() {
        assertThat(contrast(Color.BLACK, Color.WHITE)).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast(new Color(0x767676), Color.WHITE)).isEqualTo(4.54, org.assertj.core.data.Offset.offset(0.01));
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
