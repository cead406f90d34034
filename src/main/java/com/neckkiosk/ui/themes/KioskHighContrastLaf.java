package com.neckkiosk.ui.themes;

import com.formdev.flatlaf.FlatLightLaf;

/**
 * High contrast: FlatLaf Light plus the app's defaults, then {@code KioskHighContrastLaf.properties}
 * (white and yellow on black) from the same custom defaults package.
 */
public class KioskHighContrastLaf extends FlatLightLaf {

    public static final String NAME = "Neck kiosk high contrast";

    @Override
    public String getName() {
        return NAME;
    }
}
