package com.neckkiosk.bench;

import java.awt.Component;
import java.awt.Container;
import java.util.Optional;
import javax.swing.AbstractButton;

/**
 * Which button a patient taps next, read from what the window shows (components are found by
 * their names, as the robot tests do): English, start, adult, "No" to every warning sign,
 * pain 3, a few days, posture, Continue, Done. A self-care visit of 24 taps, back to attract.
 */
final class ScriptedVisit {

    private ScriptedVisit() {
    }

    /** The button to tap now, or empty while the result screen is still saving the visit. */
    static Optional<AbstractButton> nextTap(Container root) {
        if (find(root, "attract.start").isPresent()) {
            return button(root, "attract.language.en");
        }
        if (find(root, "screen.intro").isPresent()) {
            return button(root, "intro.start");
        }
        if (find(root, "screen.question.age_band").isPresent()) {
            return button(root, "age.18_64");
        }
        if (find(root, "screen.question.pain_score").isPresent()) {
            return button(root, "pain.3");
        }
        if (find(root, "screen.question.duration").isPresent()) {
            return button(root, "duration.days");
        }
        if (find(root, "screen.question.causes").isPresent()) {
            AbstractButton posture = button(root, "cause.posture").orElseThrow();
            return posture.isSelected() ? button(root, "causes.continue") : Optional.of(posture);
        }
        if (find(root, "result.card").isPresent()) {
            // Done once the visit code is shown: the save's own repaint would land inside the next tap
            return find(root, "result.code").isPresent() ? button(root, "result.done") : Optional.empty();
        }
        return button(root, "reply.no").or(() -> {
            throw new IllegalStateException("the script does not know this screen: " + names(root));
        });
    }

    static Optional<Component> find(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName()) && child.isShowing()) {
                return Optional.of(child);
            }
            if (child instanceof Container) {
                Optional<Component> found = find((Container) child, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<AbstractButton> button(Container root, String name) {
        return find(root, name).map(c -> (AbstractButton) c);
    }

    private static String names(Container root) {
        StringBuilder names = new StringBuilder();
        for (Component child : root.getComponents()) {
            if (child.getName() != null) {
                names.append(child.getName()).append(' ');
            }
            if (child instanceof Container) {
                names.append(names((Container) child));
            }
        }
        return names.toString();
    }
}
