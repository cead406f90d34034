package com.neckkiosk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.content.Language;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Reply;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.Layouts;
import com.neckkiosk.ui.Touch;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JScrollBar;
import javax.swing.JTextArea;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;
import org.junit.jupiter.api.Test;

/**
 * Every screen laid out in a real window at 1920x1080 (normal and large text) and 1280x800,
 * then its component tree walked: touch-target sizes and spacing, text sizes, names, and
 * nothing clipped. No robot: the wizard is moved directly.
 */
class ScreenMeasurementsTest {

    /** Each screen, reached from the attract screen by moves on the wizard. */
    private static Map<String, Consumer<Wizard>> screens(Language language) {
        Map<String, Consumer<Wizard>> screens = new LinkedHashMap<>();
        screens.put("attract", w -> { });
        screens.put("intro", w -> w.start(language));
        screens.put("age_band", Wizard::beginQuestions);
        screens.put("serious_history", w -> ScreenshotRenderer.walk(w, Map.of(), Question.SERIOUS_HISTORY));
        screens.put("pain_score", w -> ScreenshotRenderer.walk(w, Map.of(), Question.PAIN_SCORE));
        screens.put("duration", w -> ScreenshotRenderer.walk(w, Map.of(), Question.DURATION));
        screens.put("causes", w -> ScreenshotRenderer.walk(w, Map.of(), Question.CAUSES));
        screens.put("help_confirm", Wizard::askForHelp);
        screens.put("result_self_care", w -> {
            w.notNow();
            ScreenshotRenderer.walk(w, Map.of(), null);
        });
        screens.put("injury_major", w -> {
            w.finish();
            w.start(language);
            w.beginQuestions();
            ScreenshotRenderer.walk(w, Map.of(Question.INJURY, Reply.YES), Question.INJURY_MAJOR);
        });
        screens.put("result_urgent", w -> ScreenshotRenderer.walk(w, Map.of(), null));
        return screens;
    }

    private interface Check {
        void on(String screen, JComponent root, KioskTheme.Look look, List<String> faults);
    }

    private static List<String> measure(Dimension size, KioskTheme.Look look, Check check) throws Exception {
        List<String> faults = new ArrayList<>();
        for (Language language : Language.values()) {
            KioskFrame[] kiosk = new KioskFrame[1];
            EventQueue.invokeAndWait(() -> {
                KioskTheme.apply(look, 1.0);
                kiosk[0] = KioskApp.create(TestConfigs.clinic(), new InMemoryVisitLog(), true, Runnable::run);
                kiosk[0].idleTimer().stop();
                kiosk[0].keepLookAcrossVisits();
                kiosk[0].changeLook(look);
                kiosk[0].frame().setBounds(0, 0, size.width, size.height);
                kiosk[0].frame().setVisible(true);
            });
            try {
                for (Map.Entry<String, Consumer<Wizard>> screen : screens(language).entrySet()) {
                    EventQueue.invokeAndWait(() -> screen.getValue().accept(kiosk[0].wizard()));
                    EventQueue.invokeAndWait(() -> { }); // a stored result re-renders the card
                    EventQueue.invokeAndWait(() -> {
                        JComponent root = (JComponent) kiosk[0].frame().getContentPane();
                        Layouts.settle(kiosk[0].frame());
                        check.on(screen.getKey() + "/" + language.code() + " at " + size.width + "x" + size.height
                                + (look.largeText() ? " large" : ""), root, look, faults);
                    });
                }
            } finally {
                EventQueue.invokeAndWait(() -> kiosk[0].dispose());
            }
        }
        return faults;
    }

    private static List<Component> visibleLeaves(Container root) {
        List<Component> found = new ArrayList<>();
        for (Component child : root.getComponents()) {
            if (!child.isVisible() || child.getWidth() == 0 || child.getHeight() == 0 || child instanceof JScrollBar) {
                continue;
            }
            if (child instanceof AbstractButton || child instanceof JLabel || child instanceof JTextArea) {
                found.add(child);
            } else if (child instanceof Container) {
                found.addAll(visibleLeaves((Container) child));
            }
        }
        return found;
    }

    private static boolean insideScrolledPreview(Component c) {
        return SwingUtilities.getAncestorNamed("result.preview.scroll", c) != null;
    }

    @Test
    void touchTargetsAreLargeAndApartAt1920x1080InBothTextSizes() throws Exception {
        for (boolean large : new boolean[] {false, true}) {
            List<String> faults = measure(new Dimension(1920, 1080), new KioskTheme.Look(false, large),
                    (screen, root, look, out) -> {
                        List<AbstractButton> buttons = new ArrayList<>();
                        for (Component c : visibleLeaves(root)) {
                            if (c instanceof AbstractButton) {
                                buttons.add((AbstractButton) c);
                            }
                        }
                        for (AbstractButton b : buttons) {
                            String id = screen + " " + b.getName();
                            if (b.getName() == null) {
                                out.add(screen + ": a button without a name: " + b.getText());
                            }
                            if (b.getHeight() < Touch.MIN_HEIGHT || b.getWidth() < Touch.MIN_WIDTH) {
                                out.add(id + " is " + b.getWidth() + "x" + b.getHeight());
                            }
                            if (b.getName() != null && (b.getName().startsWith("reply.") || b.getName().startsWith("age."))
                                    && b.getWidth() < 320) {
                                out.add(id + " is only " + b.getWidth() + " wide");
                            }
                            if (b.getAccessibleContext().getAccessibleName() == null
                                    || b.getAccessibleContext().getAccessibleName().isBlank()) {
                                out.add(id + " has no accessible name");
                            }
                        }
                        for (int i = 0; i < buttons.size(); i++) {
                            Rectangle a = SwingUtilities.convertRectangle(buttons.get(i).getParent(),
                                    buttons.get(i).getBounds(), root);
                            for (int j = i + 1; j < buttons.size(); j++) {
                                Rectangle b = SwingUtilities.convertRectangle(buttons.get(j).getParent(),
                                        buttons.get(j).getBounds(), root);
                                Rectangle grown = new Rectangle(a.x - Touch.GAP + 1, a.y - Touch.GAP + 1,
                                        a.width + 2 * Touch.GAP - 2, a.height + 2 * Touch.GAP - 2);
                                if (grown.intersects(b)) {
                                    out.add(screen + " " + buttons.get(i).getName() + " and "
                                            + buttons.get(j).getName() + " are closer than " + Touch.GAP + " px");
                                }
                            }
                        }
                        JComponent body = (JComponent) SwingUtilities.getAncestorOfClass(JViewport.class,
                                findNamed(root, "kiosk.body"));
                        Component content = findNamed(root, "kiosk.body");
                        if (content.getPreferredSize().height > body.getHeight()) {
                            out.add(screen + " needs scrolling: " + content.getPreferredSize().height + " > " + body.getHeight());
                        }
                    });
            assertThat(faults).as("large text " + large).isEmpty();
        }
    }

    @Test
    void textIsLargeEnoughEverywhere() throws Exception {
        for (boolean large : new boolean[] {false, true}) {
            List<String> faults = measure(new Dimension(1920, 1080), new KioskTheme.Look(false, large),
                    (screen, root, look, out) -> {
                        for (Component c : visibleLeaves(root)) {
                            int minimum = "question.text".equals(c.getName()) ? 40 : 28;
                            if (c.getFont().getSize() < minimum) {
                                out.add(screen + " " + c.getName() + " text is " + c.getFont().getSize() + " px");
                            }
                        }
                    });
            assertThat(faults).as("large text " + large).isEmpty();
        }
    }

    @Test
    void nothingIsClippedAt1280x800() throws Exception {
        // normal and large text: at 1280x800 large text the longer (Spanish) screens scroll, but nothing may be cut
        for (boolean large : new boolean[] {false, true}) {
            List<String> faults = measure(new Dimension(1280, 800), new KioskTheme.Look(false, large),
                    (screen, root, look, out) -> {
                        for (Component c : visibleLeaves(root)) {
                            if (insideScrolledPreview(c)) {
                                continue; // the sheet preview scrolls by design
                            }
                            String id = screen + " " + c.getName();
                            Rectangle inRoot = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), root);
                            if (inRoot.x < 0 || inRoot.getMaxX() > root.getWidth()) {
                                out.add(id + " sticks out sideways: " + inRoot);
                            }
                            if (c instanceof JTextArea) {
                                if (c.getHeight() < c.getPreferredSize().height) {
                                    out.add(id + " is cut: " + c.getHeight() + " < " + c.getPreferredSize().height);
                                }
                            } else if (c instanceof AbstractButton && BasicHTML.isHTMLString(((AbstractButton) c).getText())) {
                                View view = (View) ((JComponent) c).getClientProperty(BasicHTML.propertyKey);
                                int inner = c.getWidth() - ((JComponent) c).getInsets().left - ((JComponent) c).getInsets().right;
                                view.setSize(inner, 10_000);
                                int needed = (int) view.getPreferredSpan(View.Y_AXIS) + ((JComponent) c).getInsets().top
                                        + ((JComponent) c).getInsets().bottom;
                                if (c.getHeight() < needed) {
                                    out.add(id + " words need " + needed + " px, has " + c.getHeight());
                                }
                            } else if (c.getWidth() < c.getPreferredSize().width || c.getHeight() < c.getMinimumSize().height) {
                                out.add(id + " is squeezed: " + c.getSize() + " < " + c.getPreferredSize());
                            }
                        }
                    });
            assertThat(faults).as("large text " + large).isEmpty();
        }
    }

    private static Component findNamed(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container) {
                Component found = findNamed((Container) child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
