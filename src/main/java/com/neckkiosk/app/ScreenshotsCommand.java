package com.neckkiosk.app;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.ConfigException;
import com.neckkiosk.config.ConfigLoader;
import com.neckkiosk.ui.wizard.ScreenshotRenderer;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code screenshots DIR}: every wizard screen as PNG, for people reviewing the kiosk and for the README. */
final class ScreenshotsCommand {

    private ScreenshotsCommand() {
    }

    static int run(CommandLine line, PrintStream out, PrintStream err) {
        List<String> dirs = line.positional();
        if (dirs.size() != 1) {
            err.println("screenshots: give one folder to write the PNG files to, e.g. screenshots target/screens");
            return ExitCode.BAD_INPUT;
        }
        if (GraphicsEnvironment.isHeadless()) {
            err.println("screenshots: no display; run under a desktop or Xvfb (e.g. xvfb-run -a -s '-screen 0 1920x1080x24' ...)");
            return ExitCode.FAILED;
        }
        try {
            ClinicConfig config = ConfigLoader.load(line.configDir());
            List<Path> written = ScreenshotRenderer.renderAll(config, Path.of(dirs.get(0)));
            out.println("wrote " + written.size() + " screenshots to " + dirs.get(0));
            return ExitCode.OK;
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("screenshots: cannot write to " + dirs.get(0) + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
