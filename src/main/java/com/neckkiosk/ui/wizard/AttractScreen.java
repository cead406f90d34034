package com.neckkiosk.ui.wizard;

import com.neckkiosk.content.Language;
import com.neckkiosk.ui.Touch;
import com.neckkiosk.ui.WrapText;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * What the kiosk shows between patients: what it is for, "touch anywhere to start", and a
 * button per language, each named in its own language.
 */
final class AttractScreen extends JPanel {

    AttractScreen(Texts texts, String clinicName, List<Language> languages, Language current,
                  Consumer<Language> start) {
        super(new MigLayout("insets 0, fill, wrap 1", "[grow, center]", "push[]24[]56[]32[]push"));
        setName("attract.start");
        setOpaque(false);
        Touch.describe(this, texts.get("attract.touch"), texts.get("attract.title"));
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseReleased(MouseEvent e) {
                start.accept(current);
            }
        });

        if (clinicName != null && !clinicName.isBlank()) {
            add(Touch.label("attract.clinic", clinicName, "heading"), "gapbottom 24");
        }
        add(Touch.label("attract.title", texts.get("attract.title"), "display"));
        WrapText subtitle = new WrapText("attract.subtitle", texts.get("attract.subtitle"), "body");
        add(subtitle, "w 10:1100:90%");
        add(Touch.label("attract.touch", texts.get("attract.touch"), "title"));

        JPanel choose = new JPanel(new MigLayout("insets 0, gap " + Touch.GAP, "", "[]"));
        choose.setOpaque(false);
        for (Language language : languages) {
            JButton button = Touch.button("attract.language." + language.code(), language.ownName(),
                    language == current ? Touch.PRIMARY : Touch.QUIET, () -> start.accept(language));
            choose.add(button, "w 260::, h 112!");
        }
        add(choose);
    }
}
