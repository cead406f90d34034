package com.neckkiosk.ui;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import java.awt.Component;
import java.awt.Container;

/** Layout helpers. */
public final class Layouts {

    private Layouts() {
    }

    /**
     * Lays a window out until wrapped text has settled: a wrapping text area only knows its
     * height once it has a width, so the first pass is followed by a second. A live window
     * does this by itself over two events; painting to an image or measuring must not wait.
     */
    public static void settle(Container root) {
        assert calledOnEDT();
        for (int pass = 0; pass < 3; pass++) {
            invalidateTree(root);
            root.validate();
        }
    }

    private static void invalidateTree(Component component) {
        component.invalidate();
        if (component instanceof Container) {
            for (Component child : ((Container) component).getComponents()) {
                invalidateTree(child);
            }
        }
    }
}
