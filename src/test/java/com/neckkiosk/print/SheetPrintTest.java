package com.neckkiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.PaperSize;
import com.neckkiosk.content.ContentCatalog;
import com.neckkiosk.content.Language;
import com.neckkiosk.triage.Exercise;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sheets printed on the real CUPS queue (cups-pdf) and read back from the PDF: the visit code,
 * each exercise's name and dose, none where the rules say none, the help box, the language,
 * the paper size and at most two pages.
 */
class SheetPrintTest {

    private static final SheetPrinter PRINTER = new SheetPrinter(Duration.ofSeconds(30));

    @AfterAll
    static void close() {
        PRINTER.close();
    }

    private static String code() {
        return "T" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private static Path print(Sheet sheet) throws Exception {
        PrintOutcome outcome = PRINTER.print(sheet, PrintQueues.QUEUE).get();
        assertThat(outcome.printed()).as("%s", outcome).isTrue();
        return PrintQueues.pdfFor("neck-sheet-" + sheet.visitCode());
    }

    @ParameterizedTest(name = "{0} in {1} on {2}")
    @CsvSource({
            "desk_worker_mild, EN, LETTER", "desk_worker_mild, ES, A4", "desk_worker_mild, ES, LETTER",
            "dizzy_mild, ES, LETTER", "week_no_better, EN, A4",
            "fall_then_pain, EN, LETTER", "fall_then_pain, ES, A4",
            "meningitis_triad, ES, LETTER", "teenager, EN, A4"})
    void thePrintedSheetSaysWhatTheRulesGive(String vignette, Language language, PaperSize paper) throws Exception {
        Sheet sheet = SheetSamples.sheet(SheetSamples.vignette(vignette), language, paper, code());
        Path pdf = print(sheet);
        String text = PrintQueues.text(pdf);
        ContentCatalog content = ContentCatalog.of(language);

        assertThat(PrintQueues.pages(pdf)).isEqualTo(SheetLayout.of(sheet).pages().size())
                .isLessThanOrEqualTo(2);
        assertThat(PrintQueues.info(pdf, "Page size")).contains(paper == PaperSize.A4 ? "A4" : "letter");
        assertThat(text).contains(sheet.visitCode()).contains("Riverside Clinic")
                .contains(content.helpNowTitle()).contains(oneLine(content.helpNowSigns().get(1)))
                .contains(oneLine(sheet.opening().substring(0, 40)));
        for (Exercise exercise : Exercise.values()) {
            boolean chosen = sheet.exercises().stream().anyMatch(m -> m.exercise() == exercise);
            if (chosen) {
                assertThat(text).contains(content.exercise(exercise).name()).contains(content.exercise(exercise).dose());
            } else {
                assertThat(text).doesNotContain(content.exercise(exercise).name());
            }
        }
        assertThat(text).contains(content.exerciseAdvice(SheetSamples.sheetPlan(vignette).exerciseAdvice()));
        // the other language's words are nowhere on it
        ContentCatalog other = ContentCatalog.of(language == Language.EN ? Language.ES : Language.EN);
        assertThat(text).doesNotContain(other.helpNowTitle()).doesNotContain(other.disclaimer().substring(0, 30));
        assertThat(text).contains(oneLine(content.disclaimer()));
    }

    @Test
    void theFullestSheetPrintsOnTwoPagesInEnglishOnEitherPaperAndInSpanishOnA4() throws Exception {
        for (String run : new String[] {"EN A4", "EN LETTER", "ES A4"}) {
            String[] parts = run.split(" ");
            PaperSize paper = PaperSize.valueOf(parts[1]);
            Sheet sheet = SheetSamples.sheet(SheetSamples.fullest(), Language.valueOf(parts[0]), paper, code());
            Path pdf = print(sheet);
            assertThat(PrintQueues.pages(pdf)).as("%s", run).isEqualTo(2);
            String text = PrintQueues.text(pdf);
            for (Sheet.Move move : sheet.exercises()) {
                assertThat(text).contains(move.text().name()).contains(move.text().dose());
            }
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
