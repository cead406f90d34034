package com.neckkiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.PaperSize;
import com.neckkiosk.content.Language;
import com.neckkiosk.content.Readability;
import com.neckkiosk.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The printed sheet as a patient reads it, pooled: Flesch-Kincaid grade 7 or below (aim 6),
 * and the result card's print messages likewise. Prints the figures for the report.
 */
class SheetReadingLevelTest {

    @ParameterizedTest
    @ValueSource(strings = {"desk_worker_mild", "dizzy_mild", "fall_then_pain", "teenager", "meningitis_triad"})
    void theEnglishSheetReadsAtGradeSevenOrBelow(String vignette) {
        Sheet sheet = SheetSamples.sheet(SheetSamples.vignette(vignette), Language.EN, PaperSize.A4, null);
        Readability.Counts counts = Readability.Counts.NONE;
        for (String paragraph : paragraphs(sheet)) {
            counts = counts.plus(Readability.Counts.of(paragraph));
        }
        System.out.printf("sheet %-18s grade %.2f (%d sentences, %d words)%n", vignette, counts.grade(),
                counts.sentences(), counts.words());
        assertThat(counts.grade()).isLessThanOrEqualTo(7.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"result.print.ready", "result.urgent.print.ready", "result.print.explain",
            "result.print.done"})
    void thePrintMessagesArePlain(String key) {
        assertThat(Readability.grade(Messages.of(Language.EN).get(key))).isLessThanOrEqualTo(7.0);
    }

    /** Every paragraph of running text on the sheet (headings and labels are not sentences). */
    static List<String> paragraphs(Sheet sheet) {
        List<String> all = new ArrayList<>();
        all.add(sheet.opening());
        all.add(sheet.exerciseAdvice());
        sheet.seatedAdvice().ifPresent(all::add);
        for (Sheet.Move move : sheet.exercises()) {
            all.add(move.text().dose());
            all.addAll(move.text().steps());
        }
        all.addAll(sheet.stopRules());
        all.addAll(sheet.remedies());
        all.addAll(sheet.preventionTips());
        all.addAll(sheet.helpSigns());
        all.add(sheet.words().disclaimer());
        return all;
    }
}
