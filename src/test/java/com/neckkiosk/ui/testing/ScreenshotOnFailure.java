package com.neckkiosk.ui.testing;

import java.io.File;
import org.assertj.swing.image.ScreenshotTaker;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Saves the whole display to {@code target/gui-failures/<class>.<test>.png} when a GUI test
 * fails. Runs before {@code @AfterEach}, so the window is still there.
 */
public final class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        File dir = new File("target/gui-failures");
        dir.mkdirs();
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        File file = new File(dir, name + ".png");
        file.delete();
        new ScreenshotTaker().saveDesktopAsPng(file.getPath());
    }
}
