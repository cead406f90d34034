package com.neckkiosk.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.config.PaperSize;
import com.neckkiosk.content.ContentCatalog;
import com.neckkiosk.content.Language;
import com.neckkiosk.triage.Exercise;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Cause;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The sheet's layout without a printer: large print, two pages at most, the right parts. */
class SheetLayoutTest {

    private static String text(SheetLayout layout) {
        return layout.pages().stream().flatMap(p -> p.texts().stream()).collect(Collectors.joining(" "));
    }

    private static List<SheetLayout.TextMark> marks(SheetLayout layout) {
        return layout.pages().stream().flatMap(p -> p.marks().stream())
                .filter(SheetLayout.TextMark.class::isInstance).map(SheetLayout.TextMark.class::cast).toList();
    }

    /** Two pages, even with every cause and all four exercises, in both languages on both papers. */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"EN, A4", "EN, LETTER", "ES, A4", "ES, LETTER"})
    void theFullestSheetIsLargePrintOnAtMostTwoPages(Language language, PaperSize paper) {
        SheetLayout layout = SheetLayout.of(SheetSamples.sheet(SheetSamples.fullest(), language, paper, "K7-12"));

        assertThat(layout.pages()).hasSizeLessThanOrEqualTo(2);
        assertThat(marks(layout)).allSatisfy(m -> assertThat(m.style().size()).isGreaterThanOrEqualTo(14f));
        Sheet sheet = layout.sheet();
        Sheet.Words words = sheet.words();
        for (String heading : List.of(words.exercises(), words.remedies(), words.prevention(), words.helpTitle())) {
            assertThat(marks(layout)).filteredOn(m -> m.text().equals(heading)).singleElement()
                    .satisfies(m -> assertThat(m.style().size()).isGreaterThanOrEqualTo(20f));
        }
        String headings = marks(layout).stream().filter(m -> m.style() == SheetLayout.Style.HEADING)
                .map(SheetLayout.TextMark::text).collect(Collectors.joining(" "));
        for (Sheet.Move move : sheet.exercises()) {
            assertThat(headings).contains(move.text().name()); // a long name may wrap beside its figure
        }
        assertThat(layout.pages().stream().mapToLong(p -> p.figureAreas().size()).sum()).isEqualTo(4);
        // every mark stays inside the margins
        PageGeometry g = layout.geometry();
        for (SheetLayout.TextMark mark : marks(layout)) {
            assertThat(mark.x()).isGreaterThanOrEqualTo(g.margin() - 0.01);
            assertThat(mark.x() + SheetLayout.width(mark.text(), mark.style())).isLessThanOrEqualTo(g.width() - g.margin() + 0.01);
            assertThat(mark.baseline()).isBetween(g.margin(), g.height() - g.margin() + 0.01);
        }
    }

    /** Every sample vignette that is not a bad file: its own answers, and with every cause chosen. */
    static Stream<Arguments> everyVignetteEveryLanguageEveryPaper() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path dir : List.of(SheetSamples.SHARED, SheetSamples.OWN)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString())
                        .filter(f -> f.endsWith(".properties") && !f.startsWith("bad_"))
                        .forEach(f -> names.add(f.substring(0, f.length() - ".properties".length())));
            }
        }
        assertThat(names).hasSizeGreaterThan(20);
        List<Arguments> cases = new ArrayList<>();
        for (String name : names) {
            for (boolean everyCause : new boolean[] {false, true}) {
                for (Language language : Language.values()) {
                    for (PaperSize paper : PaperSize.values()) {
                        cases.add(Arguments.of(name, everyCause, language, paper));
                    }
                }
            }
        }
        return cases.stream();
    }

    /**
     * At most two pages for every vignette, language and paper, also with the worst case of
     * every cause chosen (the most tips that must stay): the first tip of each of the
     * patient's own causes is always printed; only general and second tips are left off.
     */
    @ParameterizedTest(name = "{0} every cause {1} {2} {3}")
    @MethodSource("everyVignetteEveryLanguageEveryPaper")
    void everySheetTakesAtMostTwoPagesAndKeepsTheOwnCausesTips(String vignette, boolean everyCause,
                                                               Language language, PaperSize paper) {
        Answers answers = SheetSamples.vignette(vignette);
        if (everyCause) {
            EnumSet<Cause> causes = EnumSet.allOf(Cause.class);
            causes.remove(Cause.NONE_KNOWN);
            answers = answers.withCauses(causes);
        }
        Sheet sheet = SheetSamples.sheet(answers, language, paper, "K7-S417");
        SheetLayout layout = SheetLayout.of(sheet);

        assertThat(layout.pages()).hasSizeLessThanOrEqualTo(SheetLayout.MAX_PAGES);
        assertThat(marks(layout)).allSatisfy(m -> assertThat(m.style().size()).isGreaterThanOrEqualTo(14f));
        assertThat(marks(layout)).filteredOn(m -> m.style() == SheetLayout.Style.HEADING)
                .allSatisfy(m -> assertThat(m.style().size()).isGreaterThanOrEqualTo(20f));
        ContentCatalog content = ContentCatalog.of(language);
        List<String> printed = layout.sheet().preventionTips();
        if (!sheet.preventionTips().isEmpty()) {
            for (Cause cause : answers.causes().orElse(Set.of())) {
                List<String> own = content.list("prevention." + cause.id());
                if (!own.isEmpty()) {
                    assertThat(printed).as("the first tip for " + cause).contains(own.get(0));
                }
            }
        }
        assertThat(layout.sheet().exercises()).isEqualTo(sheet.exercises());
        assertThat(layout.sheet().helpSigns()).isEqualTo(sheet.helpSigns());
        assertThat(layout.sheet().remedies()).isEqualTo(sheet.remedies());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"meningitis_triad, EN", "fall_then_pain, ES", "teenager, EN", "cancer_history, ES"})
    void sheetsWithoutExercisesSayToAskTheDoctorAndShowNoFigures(String vignette, Language language) {
        SheetLayout layout = SheetLayout.of(SheetSamples.sheet(SheetSamples.vignette(vignette), language,
                PaperSize.LETTER, "K7-3"));
        ContentCatalog content = ContentCatalog.of(language);
        String all = text(layout);

        assertThat(layout.sheet().exercises()).isEmpty();
        assertThat(layout.pages().stream().mapToLong(p -> p.figureAreas().size()).sum()).isZero();
        for (Exercise exercise : Exercise.values()) {
            assertThat(all).doesNotContain(content.exercise(exercise).name());
        }
        assertThat(all).contains(content.helpNowTitle()).contains("K7-3");
        assertThat(layout.sheet().stopRules()).isEmpty();
        assertThat(layout.pages()).hasSizeLessThanOrEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theEmergencySheetHasOnlyTheOpeningAndTheHelpBox(Language language) {
        Sheet sheet = SheetSamples.sheet(SheetSamples.vignette("meningitis_triad"), language, PaperSize.A4, "K7-9");
        assertThat(sheet.remedies()).isEmpty();
        assertThat(sheet.preventionTips()).isEmpty();
        assertThat(sheet.helpSigns()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void dizzinessMeansSeatedExercisesAndNoBalloonDance(Language language) {
        Sheet sheet = SheetSamples.sheet(SheetSamples.vignette("dizzy_mild"), language, PaperSize.A4, "K7-4");
        String all = text(SheetLayout.of(sheet));

        assertThat(sheet.exercises()).extracting(Sheet.Move::exercise)
                .containsExactly(Exercise.OSTRICH, Exercise.POSTERIOR_SHOULDER_STRETCH);
        assertThat(all).contains(ContentCatalog.of(language).exerciseSeated())
                .doesNotContain(ContentCatalog.of(language).exercise(Exercise.BALLOON_DANCE).name());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theOwnCausesTipsComeFirstOnePerCauseBeforeAnySecond(Language language) {
        Sheet sheet = SheetSamples.sheet(SheetSamples.fullest(), language, PaperSize.A4, "K7-1");
        ContentCatalog content = ContentCatalog.of(language);
        assertThat(sheet.preventionTips().subList(0, 2)).containsExactly(
                content.list("prevention.posture").get(0), content.list("prevention.screen_work").get(0));
        assertThat(sheet.preventionTips()).doesNotHaveDuplicates();
        // the layout keeps the first tips when it must leave some off to fit two pages
        SheetLayout layout = SheetLayout.of(sheet);
        assertThat(sheet.preventionTips()).startsWith(layout.sheet().preventionTips().toArray(String[]::new));
        assertThat(layout.sheet().preventionTips()).hasSizeGreaterThanOrEqualTo(SheetLayout.MIN_TIPS);
        // every cause is the patient's own here: the first tip of each stays, whatever the paper
        for (Cause cause : SheetSamples.fullest().causes().orElseThrow()) {
            assertThat(layout.sheet().preventionTips()).contains(content.list("prevention." + cause.id()).get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(Exercise.class)
    void everyFigureMovesBetweenItsStartAndEnd(Exercise exercise) {
        BufferedImage start = figure(exercise, 0);
        BufferedImage middle = figure(exercise, 0.5);
        BufferedImage end = figure(exercise, 1);
        assertThat(differentPixels(start, end)).as("start and end differ").isGreaterThan(40);
        assertThat(differentPixels(start, middle)).as("the middle is on the way").isGreaterThan(10);
        assertThat(differentPixels(middle, end)).isGreaterThan(10);
        assertThat(inkPixels(start)).as("something is drawn").isGreaterThan(200);
    }

    private static BufferedImage figure(Exercise exercise, double t) {
        BufferedImage image = new BufferedImage(200, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 240);
        ExerciseFigure.paint(g, exercise, t, new Rectangle2D.Double(0, 0, 200, 240), Color.BLACK);
        g.dispose();
        return image;
    }

    private static int differentPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return n;
    }

    private static int inkPixels(BufferedImage a) {
        int n = 0;
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                n += (a.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
            }
        }
        return n;
    }
}
