package com.neckkiosk.print;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.config.PaperSize;
import com.neckkiosk.content.ContentCatalog;
import com.neckkiosk.content.ExerciseText;
import com.neckkiosk.content.Language;
import com.neckkiosk.triage.AgeBand;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Assessment;
import com.neckkiosk.triage.Cause;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Exercise;
import com.neckkiosk.triage.SheetPlan;
import com.neckkiosk.triage.Triage;
import com.neckkiosk.ui.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one take-home sheet says, in one language, decided before anything is drawn:
 * the parts follow the triage result's {@link SheetPlan}, the words come from the content
 * catalogue and the screen messages. Empty lists mean the part is left out. The same sheet
 * feeds the on-screen preview and the paper ({@link SheetLayout}).
 *
 * @param visitCode the visit's code, or null when it could not be stored (the line is left out)
 * @param ownCauseTips how many of the first prevention tips are the first tip of each of the
 *     patient's own causes: these are never left off to fit the paper
 */
public record Sheet(Language language, PaperSize paper, String clinicName, LocalDate date, String visitCode,
                    Disposition disposition, Words words, String opening, String exerciseAdvice,
                    Optional<String> seatedAdvice, List<Move> exercises, List<String> stopRules,
                    List<String> remedies, List<String> preventionTips, int ownCauseTips, List<String> helpSigns) {

    /** One exercise as printed: which one (for its figure), and its words. */
    public record Move(Exercise exercise, ExerciseText text) {
    }

    /** The sheet's own headings and labels, in the sheet's language. */
    public record Words(String dateLabel, String codeLabel, String exercises, String stop,
                        String remedies, String prevention, String helpTitle, String start, String end,
                        String page, String disclaimer, String formattedDate) {
    }

    /** The same sheet with only the first {@code count} prevention tips (to fit the paper). */
    public Sheet withPreventionTips(int count) {
        return new Sheet(language, paper, clinicName, date, visitCode, disposition, words, opening, exerciseAdvice,
                seatedAdvice, exercises, stopRules, remedies, preventionTips.subList(0, count),
                Math.min(ownCauseTips, count), helpSigns);
    }

    /** The medicine advice as one item (its sentences belong together), then the other remedies. */
    static List<String> remedies(ContentCatalog content, boolean child) {
        List<String> all = content.remedies(child);
        int others = content.list("remedy").size();
        List<String> remedies = new ArrayList<>();
        remedies.add(String.join(" ", all.subList(0, all.size() - others)));
        remedies.addAll(all.subList(all.size() - others, all.size()));
        return remedies;
    }

    /**
     * The patient's own causes first, taking the first tip of each cause, then the second of
     * each, so every cause is covered before any gets a second tip; then the general tips.
     * No tip twice.
     */
    static List<String> preventionTips(ContentCatalog content, List<Cause> causes) {
        Set<String> tips = new LinkedHashSet<>();
        for (int round = 0; ; round++) {
            boolean any = false;
            for (Cause cause : causes) {
                List<String> own = content.list("prevention." + cause.id());
                if (round < own.size()) {
                    tips.add(own.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        tips.addAll(content.preventionTips(List.of()));
        return new ArrayList<>(tips);
    }

    /** How many distinct first tips the patient's own causes give: the tips that always stay. */
    static int ownCauseTips(ContentCatalog content, List<Cause> causes) {
        Set<String> first = new LinkedHashSet<>();
        for (Cause cause : causes) {
            List<String> own = content.list("prevention." + cause.id());
            if (!own.isEmpty()) {
                first.add(own.get(0));
            }
        }
        return first.size();
    }

    public Sheet {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(date, "date");
        exercises = List.copyOf(exercises);
        stopRules = List.copyOf(stopRules);
        remedies = List.copyOf(remedies);
        preventionTips = List.copyOf(preventionTips);
        helpSigns = List.copyOf(helpSigns);
        ownCauseTips = Math.max(0, Math.min(ownCauseTips, preventionTips.size()));
    }

    /**
     * The sheet for a patient's answers: the API the wizard and the staff reprint share.
     *
     * @param visitCode the visit's code, or null when there is none
     */
    public static Sheet of(ClinicConfig config, Answers answers, Language language, String visitCode, LocalDate date) {
        return of(config.clinicName(), config.paperSize(), Triage.assess(answers),
                answers.ageBand().orElse(null) == AgeBand.UNDER_18, language, visitCode, date);
    }

    /** The sheet for an assessment already made. */
    public static Sheet of(String clinicName, PaperSize paper, Assessment assessment, boolean under18,
                           Language language, String visitCode, LocalDate date) {
        ContentCatalog content = ContentCatalog.of(language);
        Messages ui = Messages.of(language);
        SheetPlan plan = assessment.sheet();
        List<Move> moves = new ArrayList<>();
        for (Exercise exercise : plan.exercises()) {
            moves.add(new Move(exercise, content.exercise(exercise)));
        }
        Words words = new Words(ui.get("sheet.date"), ui.get("result.code.label"),
                ui.get("result.sheet.exercises"), ui.get("sheet.stop"), ui.get("result.sheet.remedies"),
                ui.get("result.sheet.prevention"), content.helpNowTitle(), ui.get("sheet.figure.start"),
                ui.get("sheet.figure.end"), ui.get("sheet.page"), content.disclaimer(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date));
        Disposition disposition = assessment.disposition();
        return new Sheet(language, paper, clinicName, date, visitCode, disposition, words,
                content.sheetOpening(disposition, under18),
                content.exerciseAdvice(plan.exerciseAdvice()),
                plan.exerciseSeated() && plan.stopRules() ? Optional.of(content.exerciseSeated()) : Optional.empty(),
                moves,
                plan.stopRules() ? content.stopRules() : List.of(),
                plan.remedies() ? remedies(content, plan.childMedicineAdvice()) : List.of(),
                plan.prevention() ? preventionTips(content, plan.causesFirst()) : List.of(),
                plan.prevention() ? ownCauseTips(content, plan.causesFirst()) : 0,
                plan.helpBox() ? content.helpNowSigns() : List.of());
    }
}
