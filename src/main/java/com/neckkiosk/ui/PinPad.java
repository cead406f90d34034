package com.neckkiosk.ui;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import java.util.Arrays;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;

/**
 * An on-screen number pad: ten digits, Clear, Back and Enter, with a display that shows
 * dots for a PIN or the digits for a number. There is no keyboard input anywhere in the
 * product, so this is how staff type. Knows nothing of what the digits are for: the owner
 * gets them on Enter (a fresh array it should clear) and says what happened with
 * {@link #setMessage}. Every button is named {@code <name>.digit.<d>}, {@code <name>.clear},
 * {@code <name>.back}, {@code <name>.enter}; the display is {@code <name>.display}.
 */
public final class PinPad extends JPanel {

    /** The pad's own words, in the owner's language. */
    public record Words(String clear, String back, String enter, String empty, String typedDigits) {
    }

    private final String name;
    private final boolean masked;
    private final int maxDigits;
    private final Words words;
    private final Consumer<char[]> onEnter;
    private final JLabel display;
    private final WrapText message;
    private final JButton enter;
    private char[] typed = new char[0];
    private boolean busy;

    /**
     * @param masked    dots instead of digits (a PIN)
     * @param maxDigits digits beyond this are ignored
     * @param keyHeight each key's height in pixels: {@link Touch#MIN_HEIGHT} on a kiosk, less on a desk screen
     */
    public PinPad(String name, boolean masked, int maxDigits, int keyHeight, Words words, Consumer<char[]> onEnter) {
        super(new MigLayout("insets 0, wrap 3, gap 12", "[120!, fill][120!, fill][120!, fill]", "[]16[]"));
        String key = "h " + keyHeight + "!";
        this.name = name;
        this.masked = masked;
        this.maxDigits = maxDigits;
        this.words = words;
        this.onEnter = onEnter;
        setName(name);
        setOpaque(false);
        display = Touch.label(name + ".display", " ", "display");
        display.setHorizontalAlignment(SwingConstants.CENTER);
        add(display, "span 3, growx, h 72!");
        message = new WrapText(name + ".message", " ", "problem");
        for (int digit = 1; digit <= 9; digit++) {
            add(digitButton(digit), key);
        }
        add(Touch.describe(Touch.button(name + ".clear", words.clear(), Touch.QUIET, this::clear), words.clear(), null), key);
        add(digitButton(0), key);
        add(Touch.describe(Touch.button(name + ".back", words.back(), Touch.QUIET, this::backspace), words.back(), null), key);
        enter = Touch.button(name + ".enter", words.enter(), Touch.PRIMARY, this::enter);
        Touch.describe(enter, words.enter(), null);
        add(enter, "span 3, growx, " + key);
        add(message, "span 3, growx, wmin 10, hmin 60");
        refresh();
    }

    private JButton digitButton(int digit) {
        String text = Integer.toString(digit);
        return Touch.describe(Touch.button(name + ".digit." + digit, text, Touch.QUIET, () -> type((char) ('0' + digit))),
                text, null);
    }

    private void type(char digit) {
        assert calledOnEDT();
        if (busy || typed.length >= maxDigits) {
            return;
        }
        char[] longer = Arrays.copyOf(typed, typed.length + 1);
        longer[typed.length] = digit;
        Arrays.fill(typed, '\0');
        typed = longer;
        refresh();
    }

    private void backspace() {
        assert calledOnEDT();
        if (!busy && typed.length > 0) {
            char[] shorter = Arrays.copyOf(typed, typed.length - 1);
            Arrays.fill(typed, '\0');
            typed = shorter;
            refresh();
        }
    }

    /** Forgets what was typed. */
    public void clear() {
        assert calledOnEDT();
        Arrays.fill(typed, '\0');
        typed = new char[0];
        refresh();
    }

    private void enter() {
        assert calledOnEDT();
        if (busy || typed.length == 0) {
            return;
        }
        char[] handed = typed.clone();
        clear();
        onEnter.accept(handed);
    }

    /** A line under the pad: "Wrong PIN, 4 tries left". Blank or null clears it. */
    public void setMessage(String text) {
        assert calledOnEDT();
        String shown = text == null || text.isBlank() ? " " : text;
        message.setText(shown);
        message.getAccessibleContext().setAccessibleName(shown);
    }

    public String message() {
        return message.getText().strip();
    }

    /** While the owner checks the digits (a PIN hash takes a moment), the pad ignores touches. */
    public void setBusy(boolean busy) {
        assert calledOnEDT();
        this.busy = busy;
        enter.setEnabled(!busy);
    }

    private void refresh() {
        String shown;
        if (typed.length == 0) {
            shown = " ";
        } else if (masked) {
            shown = "\u2022".repeat(typed.length);
        } else {
            shown = new String(typed);
        }
        display.setText(shown);
        display.getAccessibleContext().setAccessibleName(typed.length == 0 ? words.empty()
                : (masked ? words.typedDigits().replace("{0}", Integer.toString(typed.length)) : shown));
        enter.setEnabled(!busy && typed.length > 0);
    }
}
