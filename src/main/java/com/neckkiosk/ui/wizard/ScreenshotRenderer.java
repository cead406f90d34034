package com.neckkiosk.ui.wizard;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.content.Language;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Cause;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Reply;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.Layouts;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.swing.JRootPane;

/**
 * Renders every wizard screen to PNG, in every language, normal and high contrast, by driving
 * a real kiosk window (with an in-memory visit log) and painting it. Needs a display (Xvfb
 * will do). Call from outside the EDT.
 */
public final class ScreenshotRenderer {

    /** The kiosk's screen size. */
    public static final Dimension KIOSK_SIZE = new Dimension(1920, 1080);

    private ScreenshotRenderer() {
    }

    /**
     * Every screen at 1920x1080, for each of {@code config.languages()}, normal and high
     * contrast, named like {@code result_self_care_es_hc.png}.
     */
    public static List<Path> renderAll(ClinicConfig config, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (boolean highContrast : new boolean[] {false, true}) {
            written.addAll(render(config, dir, KIOSK_SIZE, new KioskTheme.Look(highContrast, false)));
        }
        return written;
    }

    /** Every screen in every language for one look and size (also used to review 1280x800 and large text). */
    static List<Path> render(ClinicConfig config, Path dir, Dimension size, KioskTheme.Look look) throws IOException {
        Files.createDirectories(dir);
        KioskApp.prepareAwt();
        List<Path> written = new ArrayList<>();
        for (Language language : config.languages()) {
            String suffix = "_" + language.code() + (look.highContrast() ? "_hc" : "")
                    + (look.largeText() ? "_large" : "")
                    + (size.equals(KIOSK_SIZE) ? "" : "_" + size.width + "x" + size.height);
            KioskFrame kiosk = onEdt(() -> {
                KioskTheme.apply(look, config.textScale());
                KioskFrame frame = KioskApp.create(config, new InMemoryVisitLog(), true, Runnable::run);
                frame.idleTimer().stop();
                frame.keepLookAcrossVisits();
                frame.changeLook(look);
                frame.frame().setBounds(0, 0, size.width, size.height);
                frame.frame().setVisible(true);
                return frame;
            });
            try {
                Shooter shoot = (name, move) -> {
                    onEdt(() -> {
                        move.accept(kiosk.wizard());
                        return null;
                    });
                    Path file = dir.resolve(name + suffix + ".png");
                    ImageIO.write(onEdt(() -> paint(kiosk)), "png", file.toFile());
                    written.add(file);
                };
                Language lang = language;
                shoot.take("attract", w -> { });
                shoot.take("intro", w -> w.start(lang));
                shoot.take("question_age_band", Wizard::beginQuestions);
                shoot.take("question_chest_pain", w -> walk(w, Map.of(), Question.CHEST_PAIN));
                shoot.take("question_pain_score", w -> walk(w, Map.of(), Question.PAIN_SCORE));
                shoot.take("question_duration", w -> walk(w, Map.of(), Question.DURATION));
                shoot.take("question_causes", w -> walk(w, Map.of(), Question.CAUSES));
                shoot.take("help_confirm", Wizard::askForHelp);
                shoot.take("result_self_care", w -> {
                    w.notNow();
                    walk(w, Map.of(), null);
                });
                shoot.take("result_see_doctor", w -> newVisit(w, lang, Map.of(Question.RECURRING, Reply.YES)));
                shoot.take("result_urgent", w -> newVisit(w, lang, Map.of(Question.INJURY, Reply.YES)));
                shoot.take("result_emergency", w -> newVisit(w, lang, Map.of(Question.CHEST_PAIN, Reply.YES)));
                shoot.take("question_injury_major", w -> {
                    w.finish();
                    w.start(lang);
                    w.beginQuestions();
                    walk(w, Map.of(Question.INJURY, Reply.YES), Question.INJURY_MAJOR);
                });
                shoot.take("idle", w -> {
                    newVisit(w, lang, Map.of());
                    w.startOver();
                    w.start(lang);
                    w.beginQuestions();
                    walk(w, Map.of(), Question.NUMBNESS);
                    kiosk.idleOverlayForScreenshot(Texts.of(lang), config.idleWarningSeconds());
                });
                shoot.take("out_of_order", w -> {
                    kiosk.frame().getGlassPane().setVisible(false);
                    kiosk.putOutOfOrderIn(lang);
                });
                if (lang == config.languages().get(0)) {
                    // put there by the self-test: in every language, the attract screen's first
                    shoot.take("out_of_order_self_test", w -> kiosk.putOutOfOrderByCheck());
                }
            } finally {
                onEdt(() -> {
                    kiosk.dispose();
                    return null;
                });
            }
        }
        return written;
    }

    /** Answers question after question (No, an adult, pain 3, days, posture) until {@code stop}. */
    static void walk(Wizard wizard, Map<Question, Reply> replies, Question stop) {
        while (wizard.page() == Page.QUESTION && wizard.question().orElseThrow() != stop) {
            wizard.answer(SampleAnswers.answer(wizard.answers(), wizard.question().orElseThrow(), replies,
                    Set.of(Cause.POSTURE, Cause.SCREEN_WORK)));
        }
    }

    private static void newVisit(Wizard wizard, Language language, Map<Question, Reply> replies) {
        wizard.finish();
        wizard.start(language);
        wizard.beginQuestions();
        walk(wizard, replies, null);
    }

    private static BufferedImage paint(KioskFrame kiosk) {
        JRootPane root = kiosk.frame().getRootPane();
        Layouts.settle(root);
        BufferedImage image = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            root.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    @FunctionalInterface
    private interface Shooter {
        void take(String name, Consumer<Wizard> move) throws IOException;
    }

    @FunctionalInterface
    private interface EdtTask<T> {
        T run() throws IOException;
    }

    /** Runs on the EDT and waits; also lets results posted to the EDT by earlier steps arrive first. */
    private static <T> T onEdt(EdtTask<T> task) throws IOException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<IOException> failure = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> { });
            EventQueue.invokeAndWait(() -> {
                try {
                    result.set(task.run());
                } catch (IOException e) {
                    failure.set(e);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("rendering failed", e.getCause());
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
