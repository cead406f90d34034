package com.neckkiosk.ui.wizard;

import com.neckkiosk.content.Language;
import com.neckkiosk.selftest.Commands;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reads a question aloud with {@code espeak-ng} in the patient's language. The process runs
 * by itself, started from its own thread (forking is not EDT work). A new request stops
 * the one still speaking.
 */
final class Speech {

    /** Made at the first failure: the platform's logging set-up would otherwise cost the kiosk's start-up. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(Speech.class.getName());
    }
    static final String ENGINE = "espeak-ng";

    private final Path engine;
    private final ExecutorService starter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-aloud");
        thread.setDaemon(true);
        return thread;
    });
    private Process speaking;

    private Speech(Path engine) {
        this.engine = engine;
    }

    /** Speech when the clinic allows it and the engine is on the PATH; otherwise none. */
    static Optional<Speech> find(boolean allowed, String path) {
        if (!allowed) {
            return Optional.empty();
        }
        // the same search as the self-test's, so "speech: ok" means the button is offered
        return Commands.onPath(ENGINE, path).map(Speech::new);
    }

    static Optional<Speech> find(boolean allowed) {
        return find(allowed, System.getenv("PATH"));
    }

    /** The command line for a text; the text is one argument, never parsed by a shell. */
    List<String> command(String text, Language language) {
        return List.of(engine.toString(), "-v", language.code(), "-s", "140", "--", text);
    }

    void say(String text, Language language) {
        starter.execute(() -> speakNow(text, language));
    }

    void quiet() {
        starter.execute(this::stop);
    }

    private synchronized void speakNow(String text, Language language) {
        stop();
        try {
            speaking = new ProcessBuilder(command(text, language))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            Log.LOG.log(Level.WARNING, "could not start " + ENGINE, e);
        }
    }

    private synchronized void stop() {
        if (speaking != null && speaking.isAlive()) {
            speaking.destroy();
        }
        speaking = null;
    }
}
