package com.neckkiosk.ui.wizard;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.content.ContentCatalog;
import com.neckkiosk.content.ExerciseText;
import com.neckkiosk.triage.Assessment;
import com.neckkiosk.triage.Exercise;
import com.neckkiosk.triage.SheetPlan;
import com.neckkiosk.ui.ScrollColumn;
import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import net.miginfocom.swing.MigLayout;

/**
 * What the take-home sheet will say, as plain text on screen: the parts and order follow
 * {@link SheetPlan}, the words come from the content catalogue. (The printed sheet is
 * rendered elsewhere; this preview only needs to be readable.)
 */
final class SheetPreview extends JPanel {

    SheetPreview(Texts texts, Assessment assessment, boolean under18) {
        super(new MigLayout("insets 24 32 24 16, fill, wrap 1", "[grow, fill]", "[][grow, fill]"));
        setName("result.preview");
        putClientProperty(FlatClientProperties.STYLE_CLASS, "surface");
        add(Touch.label("result.preview.title", texts.get("result.sheet.title"), "heading"));

        ContentCatalog content = texts.content();
        SheetPlan plan = assessment.sheet();
        ScrollColumn column = new ScrollColumn(new MigLayout("insets 0 0 0 16, fillx, wrap 1, gapy 8",
                "[grow, fill]"));
        column.setOpaque(false);
        column.add(text("preview.opening", content.sheetOpening(assessment.disposition(), under18), "body"),
                "gapbottom 16");

        column.add(heading("preview.exercises", texts.get("result.sheet.exercises")));
        column.add(text("preview.exercise.advice", content.exerciseAdvice(plan.exerciseAdvice()), "body"));
        for (Exercise exercise : plan.exercises()) {
            ExerciseText words = content.exercise(exercise);
            column.add(text("preview.exercise." + exercise.id(), "•  " + words.name() + " — " + words.dose(), "strong"));
        }
        if (plan.exerciseSeated()) {
            column.add(text("preview.exercise.seated", content.exerciseSeated(), "body"));
        }
        if (plan.stopRules()) {
            bullets(column, "preview.stop", content.stopRules());
        }
        if (plan.remedies()) {
            column.add(heading("preview.remedies", texts.get("result.sheet.remedies")));
            bullets(column, "preview.remedy", content.remedies(plan.childMedicineAdvice()));
        }
        if (plan.prevention()) {
            column.add(heading("preview.prevention", texts.get("result.sheet.prevention")));
            bullets(column, "preview.tip", content.preventionTips(plan.causesFirst()));
        }
        if (plan.helpBox()) {
            JPanel box = new JPanel(new MigLayout("insets 16 20 16 20, fillx, wrap 1, gapy 8", "[grow, fill]"));
            box.putClientProperty(FlatClientProperties.STYLE_CLASS, "emergency");
            box.add(text("preview.help.title", content.helpNowTitle(), "strong"), "wmin 10");
            bullets(box, "preview.help.sign", content.helpNowSigns());
            column.add(box, "gaptop 24, wmin 10");
        }

        JScrollPane scroll = new JScrollPane(column, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setName("result.preview.scroll");
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.setBorder(null);
        add(scroll, "grow, wmin 10, h 10:200:n");
    }

    private static WrapText heading(String name, String words) {
        WrapText heading = new WrapText(name, words, "strong");
        return heading;
    }

    private static WrapText text(String name, String words, String style) {
        return new WrapText(name, words, style);
    }

    private static void bullets(JPanel panel, String name, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            panel.add(text(name + "." + (i + 1), "•  " + items.get(i), "body"), "wmin 10");
        }
    }
}
