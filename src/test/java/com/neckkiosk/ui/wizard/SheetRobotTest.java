package com.neckkiosk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.PaperSize;
import com.neckkiosk.content.Language;
import com.neckkiosk.store.PrinterNotice;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.triage.AgeBand;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Cause;
import com.neckkiosk.triage.EpisodeLength;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Reply;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.Messages;
import com.neckkiosk.ui.testing.RobotWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.swing.JButton;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Printing from the result card on the real kiosk window (1920x1080) and the real CUPS queue:
 * one print per visit, "take your sheet", a calm fault message, and the preview's motion
 * stopping when the card goes. Screenshots of each state go to target/sheet-screens/.
 */
class SheetRobotTest {

    private static final String QUEUE = System.getProperty("kiosk.test.printQueue", "KioskPDF");
    private static final Path PDF_DIR = Path.of(System.getProperty("kiosk.test.pdfDir", "/tmp/kiosk-pdf"));

    @RegisterExtension
    final RobotWindow gui = new RobotWindow(Timeout.timeout(30_000));

    private Robot robot;
    private FrameFixture window;
    private KioskFrame kiosk;
    private final InMemoryVisitLog log = new InMemoryVisitLog();
    private final String kioskId = "S" + ThreadLocalRandom.current().nextInt(100, 1000);
    /**
     * The queue's folder is shared and outlives a run, so a PDF counts only if written after the
     * test began: one left by an earlier run whose random kiosk id was the same is not this one.
     */
    private final long startedMillis = System.currentTimeMillis() - 1000;

    private void open(ClinicConfig config) {
        kiosk = gui.open(RobotWindow.KIOSK_SIZE, () -> {
            KioskTheme.apply(KioskTheme.Look.STANDARD, config.textScale());
            return KioskApp.createWindowed(config, log, RobotWindow.KIOSK_SIZE);
        }, KioskFrame::frame, KioskFrame::dispose);
        robot = gui.robot();
        window = gui.window();
    }

    /** No warning signs, mild pain, bad posture: a self-care result with all four exercises. */
    private void walkToSelfCare(Language language) {
        walk(language, Map.of());
        gui.waitUntil("the visit code is stored", () -> kiosk.wizard().printState() == PrintState.READY);
    }

    /** Answers every question, "no" unless {@code replies} says otherwise, and waits for the stored result. */
    private void walk(Language language, Map<Question, Reply> replies) {
        GuiActionRunner.execute(() -> {
            Wizard wizard = kiosk.wizard();
            wizard.start(language);
            wizard.beginQuestions();
            while (wizard.page() == Page.QUESTION) {
                Question question = wizard.question().orElseThrow();
                Answers a = wizard.answers();
                switch (question.kind()) {
                    case AGE_BAND -> a = a.withAgeBand(AgeBand.ADULT);
                    case PAIN_SCORE -> a = a.withPainScore(3);
                    case DURATION -> a = a.withDuration(EpisodeLength.DAYS);
                    case CAUSES -> a = a.withCauses(Set.of(Cause.POSTURE));
                    default -> a = a.with(question, replies.getOrDefault(question, Reply.NO));
                }
                wizard.answer(a);
            }
        });
        gui.waitUntil("the result is stored", () -> kiosk.wizard().result()
                .map(r -> r.delivery() == Result.Delivery.SAVED).orElse(false));
    }

    private String status() {
        return GuiActionRunner.execute(() -> window.textBox("result.print.status").target().getText());
    }

    private boolean printButtonShows() {
        return !robot.finder().findAll(kiosk.frame(), new GenericTypeMatcher<>(JButton.class) {
            @Override
            protected boolean isMatching(JButton button) {
                return "result.print".equals(button.getName()) && button.isShowing();
            }
        }).isEmpty();
    }

    private VisitRecord lastVisit() {
        return log.visits().get(log.visits().size() - 1);
    }

    private void shot(String name) {
        gui.shot("sheet-screens", name);
    }

    @Test
    void aPatientPrintsTheirSheetOnceAndIsToldToTakeIt() throws Exception {
        open(TestConfigs.printingTo(kioskId, QUEUE, PaperSize.LETTER));
        walkToSelfCare(Language.EN);
        Messages en = Messages.of(Language.EN);
        assertThat(status()).isEqualTo(en.get("result.print.ready"));
        assertThat(window.button("result.print").target().getAccessibleContext().getAccessibleDescription())
                .isEqualTo(en.get("result.print.explain"));
        shot("result_print_ready_en");

        window.button("result.print").click();
        gui.waitUntil("printed", () -> kiosk.wizard().printState() == PrintState.PRINTED);
        assertThat(status()).isEqualTo(en.get("result.print.done"));
        assertThat(printButtonShows()).isFalse();
        shot("result_print_done_en");

        String code = GuiActionRunner.execute(() -> kiosk.wizard().result().orElseThrow().visitCode());
        gui.waitUntil("the visit is stored as printed", () -> lastVisit().sheet() == VisitRecord.SheetStatus.PRINTED);
        assertThat(lastVisit().visitCode()).isEqualTo(code);
        assertThat(log.printerNotices()).isEmpty();

        // once per visit: asking again prints nothing more
        GuiActionRunner.execute(() -> kiosk.wizard().printSheet());
        Path pdf = waitForOnePdf("neck-sheet-" + code);
        assertThat(Files.size(pdf)).isPositive();
        Thread.sleep(1500);
        assertThat(pdfs("neck-sheet-" + code)).hasSize(1);
    }

    @Test
    void aPrinterFaultGivesACalmMessageWithTheCodeAndANoticeForTheDesk() {
        String missing = "NoSuchQueue" + kioskId;
        open(TestConfigs.printingTo(kioskId, missing, PaperSize.A4));
        walkToSelfCare(Language.ES);
        window.button("result.print").click();
        gui.waitUntil("failed", () -> kiosk.wizard().printState() == PrintState.FAILED);

        String code = GuiActionRunner.execute(() -> kiosk.wizard().result().orElseThrow().visitCode());
        assertThat(status()).isEqualTo(Messages.of(Language.ES).format("result.print.failed", code))
                .contains(code).contains("recepción");
        assertThat(printButtonShows()).isFalse();
        shot("result_print_failed_es");
        gui.waitUntil("the notice is stored", () -> !log.printerNotices().isEmpty());
        PrinterNotice notice = log.printerNotices().get(0);
        assertThat(notice.problem()).isEqualTo(PrinterNotice.Problem.QUEUE_MISSING);
        assertThat(notice.visitCode()).isEqualTo(code);
        assertThat(notice.printer()).isEqualTo(missing);
        assertThat(notice.kioskId()).isEqualTo(kioskId);
        gui.waitUntil("the visit is stored as failed", () -> lastVisit().sheet() == VisitRecord.SheetStatus.PRINT_FAILED);

        // the kiosk goes on
        window.button("result.done").click();
        gui.waitUntil("next patient", () -> kiosk.wizard().page() == Page.ATTRACT);
    }

    @Test
    void thePreviewFiguresMoveOnlyWhileTheCardShows() {
        open(TestConfigs.printingTo(kioskId, QUEUE, PaperSize.A4));
        walkToSelfCare(Language.ES);
        SheetPreview preview = (SheetPreview) window.panel("result.preview").target();
        gui.waitUntil("moving", preview::animating);
        assertThat(GuiActionRunner.execute(() -> preview.sheetLayout().sheet().exercises())).hasSize(4);
        shot("result_print_ready_es");

        window.button("result.done").click();
        gui.waitUntil("next patient", () -> kiosk.wizard().page() == Page.ATTRACT);
        assertThat(GuiActionRunner.execute(preview::animating)).isFalse();
    }

    /**
     * URGENT: the card first says what to do now, the code and that the desk has been told;
     * only below that, in plain text, the sheet is offered, with a quiet Print button beside
     * Done. The printed sheet has the help box and remedies and no exercises.
     */
    @Test
    void theUrgentCardOffersItsSheetQuietlyBelowWhatToDoNow() throws Exception {
        open(TestConfigs.printingTo(kioskId, QUEUE, PaperSize.A4));
        for (Language language : Language.values()) {
            Messages texts = Messages.of(language);
            walk(language, Map.of(Question.INJURY, Reply.YES, Question.INJURY_MAJOR, Reply.NO));
            window.panel("screen.result.urgent").requireVisible();
            gui.waitUntil("print offered", () -> kiosk.wizard().printState() == PrintState.READY);
            robot.waitForIdle();
            assertThat(GuiActionRunner.execute(() -> window.textBox("result.status").target().getText()))
                    .isEqualTo(texts.get("result.status.told"));
            assertThat(status()).isEqualTo(texts.get("result.urgent.print.ready"));
            assertThat(printButtonShows()).isTrue();
            // below the code and "the front desk has been told", and not the big primary action
            int statusY = GuiActionRunner.execute(() -> window.textBox("result.status").target().getLocationOnScreen().y);
            int codeY = GuiActionRunner.execute(() -> window.label("result.code").target().getLocationOnScreen().y);
            int offerY = GuiActionRunner.execute(
                    () -> window.textBox("result.print.status").target().getLocationOnScreen().y);
            assertThat(offerY).isGreaterThan(statusY).isGreaterThan(codeY);
            JButton print = window.button("result.print").target();
            assertThat(GuiActionRunner.execute(() -> print.getClientProperty("FlatLaf.styleClass")))
                    .isEqualTo(com.neckkiosk.ui.Touch.QUIET);
            assertThat(GuiActionRunner.execute(() -> window.button("result.done").target()
                    .getClientProperty("FlatLaf.styleClass"))).isEqualTo(com.neckkiosk.ui.Touch.PRIMARY);
            assertThat(robot.finder().findAll(kiosk.frame(), new GenericTypeMatcher<>(SheetPreview.class) {
                @Override
                protected boolean isMatching(SheetPreview preview) {
                    return preview.isShowing();
                }
            })).as("no preview on the URGENT card").isEmpty();
            assertThat(GuiActionRunner.execute(() -> kiosk.wizard().sheet().orElseThrow().exercises())).isEmpty();
            shot("result_urgent_print_ready_" + language.name().toLowerCase(java.util.Locale.ROOT));

            window.button("result.print").click();
            gui.waitUntil("printed", () -> kiosk.wizard().printState() == PrintState.PRINTED);
            assertThat(status()).isEqualTo(texts.get("result.print.done"));
            assertThat(printButtonShows()).isFalse();
            String code = GuiActionRunner.execute(() -> kiosk.wizard().result().orElseThrow().visitCode());
            gui.waitUntil("stored as printed", () -> lastVisit().sheet() == VisitRecord.SheetStatus.PRINTED);
            String text = pdfText(waitForOnePdf("neck-sheet-" + code));
            com.neckkiosk.content.ContentCatalog content = com.neckkiosk.content.ContentCatalog.of(language);
            assertThat(text).contains(code).contains(content.helpNowTitle())
                    .contains(texts.get("result.sheet.remedies"));
            for (com.neckkiosk.triage.Exercise exercise : com.neckkiosk.triage.Exercise.values()) {
                assertThat(text).doesNotContain(content.exercise(exercise).name());
            }
            window.button("result.done").click();
            gui.waitUntil("next patient", () -> kiosk.wizard().page() == Page.ATTRACT);
        }
    }

    /** EMERGENCY: nothing but getting help; no print offered. */
    @Test
    void theEmergencyCardOffersNoPrint() {
        open(TestConfigs.printingTo(kioskId, QUEUE, PaperSize.A4));
        walk(Language.EN, Map.of(Question.CHEST_PAIN, Reply.YES));
        window.panel("screen.result.emergency").requireVisible();
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> kiosk.wizard().printState())).isEqualTo(PrintState.UNAVAILABLE);
        assertThat(printButtonShows()).isFalse();
        assertThat(robot.finder().findAll(kiosk.frame(), new GenericTypeMatcher<>(javax.swing.JComponent.class) {
            @Override
            protected boolean isMatching(javax.swing.JComponent c) {
                return "result.print.status".equals(c.getName()) && c.isShowing();
            }
        })).isEmpty();
    }

    /** The PDF's text, every run of white space one space, once cups-pdf has finished writing it. */
    private static String pdfText(Path pdf) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            Process process = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() == 0) {
                return text.replace('\u2212', '-').replaceAll("\\s+", " ");
            }
            assertThat(System.currentTimeMillis()).as("pdftotext " + pdf + ": " + text).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private Path waitForOnePdf(String token) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            var found = pdfs(token);
            if (found.size() == 1) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no PDF for " + token + " in " + PDF_DIR);
    }

    private java.util.List<Path> pdfs(String token) {
        try (var files = Files.list(PDF_DIR)) {
            return files.filter(f -> f.getFileName().toString().contains(token))
                    .filter(f -> f.toFile().lastModified() >= startedMillis).toList();
        } catch (java.io.IOException e) {
            return java.util.List.of();
        }
    }
}
