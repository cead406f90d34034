package com.neckkiosk.ui.wizard;

import com.neckkiosk.ui.KioskTheme;
import java.awt.Dimension;
import java.nio.file.Path;

/** Developer tool: renders the screens for review, including large text and 1280x800. */
public final class ReviewScreens {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/review");
        String which = args.length > 1 ? args[1] : "all";
        if (which.equals("all") || which.equals("kiosk")) {
            ScreenshotRenderer.renderAll(TestConfigs.clinic(), dir);
        }
        if (which.equals("all") || which.equals("small")) {
            ScreenshotRenderer.render(TestConfigs.clinic(), dir, new Dimension(1280, 800), KioskTheme.Look.STANDARD);
        }
        if (which.equals("all") || which.equals("large")) {
            ScreenshotRenderer.render(TestConfigs.clinic(), dir, ScreenshotRenderer.KIOSK_SIZE, new KioskTheme.Look(false, true));
        }
        System.exit(0);
    }
}
