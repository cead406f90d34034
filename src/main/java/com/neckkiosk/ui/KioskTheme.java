package com.neckkiosk.ui;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.neckkiosk.ui.themes.KioskHighContrastLaf;
import java.awt.Font;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import javax.swing.text.StyleContext;

/**
 * The kiosk's look: FlatLaf Light (or the high-contrast variant) with the app's own
 * defaults from {@code com/neckkiosk/ui/themes/*.properties}. Every size of text is a
 * percentage of one body size, so the clinic's text scale and the patient's "larger
 * text" choice grow everything together.
 */
public final class KioskTheme {

    /** Where the app's {@code FlatLightLaf.properties} and high-contrast keys live. */
    public static final String DEFAULTS_PACKAGE = "com.neckkiosk.ui.themes";
    /** Body text at normal size and a text scale of 1, in pixels. */
    public static final int BODY_PIXELS = 28;
    /** How much the "larger text" button grows every text. */
    public static final double LARGE_TEXT_FACTOR = 1.2;

    /** FlatLaf's own scale factor; read once, when FlatLaf first scales something. */
    static final String UI_SCALE_PROPERTY = "flatlaf.uiScale";

    private static boolean registered;
    /** The look installed ahead of its font ({@link #installAhead}), until {@link #apply} completes it. */
    private static Look ahead;

    /** What the patient chose: contrast and text size. */
    public record Look(boolean highContrast, boolean largeText) {
        public static final Look STANDARD = new Look(false, false);

        public Look withHighContrast(boolean on) {
            return new Look(on, largeText);
        }

        public Look withLargeText(boolean on) {
            return new Look(highContrast, on);
        }
    }

    private KioskTheme() {
    }

    /** Installs the look (first call) or switches to it and updates every open window. */
    public static void apply(Look look, double textScale) {
        assert calledOnEDT();
        // the look's theme files depend on its contrast only (and a record's equals costs a bootstrap at start-up)
        if (ahead == null || ahead.highContrast() != look.highContrast()) {
            install(look);
        }
        ahead = null;
        UIManager.put("defaultFont", bodyFont(bodyPixels(look, textScale)));
        FlatLaf.updateUI();
    }

    /**
     * Installs the look without its font, which depends on the clinic's text scale: the kiosk's
     * start-up reads FlatLaf's theme files on the EDT while the settings are still being read,
     * and {@link #apply} then only sets the font.
     */
    public static void installAhead(Look look) {
        assert calledOnEDT();
        install(look);
        ahead = look;
    }

    private static void install(Look look) {
        if (!registered) {
            // sizes are pixels at 1920x1080 and text grows through the fonts; without this FlatLaf
            // would scale every size again from the large default font
            System.setProperty(UI_SCALE_PROPERTY, System.getProperty(UI_SCALE_PROPERTY, "1"));
            FlatLaf.registerCustomDefaultsSource(DEFAULTS_PACKAGE);
            registered = true;
        }
        // the look first, then its font: UIManager.put before any look is set would first install
        // Swing's default look (Metal) only to replace it; FlatLaf reads the font when it is used
        FlatLaf.setup(look.highContrast() ? new KioskHighContrastLaf() : new FlatLightLaf());
    }

    /** The body text size for a look and the clinic's text scale. */
    public static int bodyPixels(Look look, double textScale) {
        double scale = textScale > 0 ? textScale : 1.0;
        return (int) Math.round(BODY_PIXELS * scale * (look.largeText() ? LARGE_TEXT_FACTOR : 1.0));
    }

    private static FontUIResource bodyFont(int pixels) {
        // StyleContext gives a composite font: glyphs missing from the face (á, ñ, ¿) fall back cleanly
        Font font = StyleContext.getDefaultStyleContext().getFont(Font.SANS_SERIF, Font.PLAIN, pixels);
        return font instanceof FontUIResource ? (FontUIResource) font : new FontUIResource(font);
    }
}
