package com.neckkiosk.ui.wizard;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.formdev.flatlaf.FlatClientProperties;
import com.neckkiosk.content.Language;
import com.neckkiosk.ui.Glyphs;
import com.neckkiosk.ui.KioskTheme;
import com.neckkiosk.ui.Touch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/**
 * The bar above every screen: a button per other language, text size, contrast, and "I need
 * help now". Built once; each render only changes its words, what shows and what is selected,
 * so a tap does not build, lay out or style these buttons again. The attract screen shows only
 * the help button: the others are built when first needed ({@link #buildChoices}), so that they
 * cost the kiosk's start-up nothing.
 */
final class TopBar extends JPanel {

    private final List<Language> offered;
    private final Consumer<Language> switchTo;
    private final Consumer<Boolean> largeText;
    private final Consumer<Boolean> highContrast;
    private final Map<Language, JButton> languages = new LinkedHashMap<>();
    private JToggleButton textSize;
    private JToggleButton contrast;
    private final JButton help;
    private int glyphFontSize = -1;
    private Language shownIn;
    private Language helpShownIn;

    TopBar(List<Language> offered, Consumer<Language> switchTo, Consumer<Boolean> largeText,
           Consumer<Boolean> highContrast, Runnable askForHelp) {
        // hidemode 3: a hidden button takes no cell and no gap; the row keeps the buttons' height
        super(new MigLayout("insets 12 56 12 56, gap " + Touch.GAP + ", hidemode 3", "", "[" + Touch.MIN_HEIGHT + "::]"));
        this.offered = List.copyOf(offered);
        this.switchTo = switchTo;
        this.largeText = largeText;
        this.highContrast = highContrast;
        setName("kiosk.topBar");
        putClientProperty(FlatClientProperties.STYLE_CLASS, "bar");
        help = Touch.button("help.button", "", Touch.HELP, askForHelp);
        add(help, "pushx, align right, h 96!");
    }

    /**
     * Builds the language, text size and contrast buttons (once), before the help button, hidden:
     * the next {@link #show} gives them their words, look and place.
     */
    void buildChoices() {
        assert calledOnEDT();
        if (textSize != null) {
            return;
        }
        int at = 0;
        for (Language language : offered) {
            JButton button = Touch.button("nav.language." + language.code(), language.ownName(), Touch.QUIET,
                    () -> switchTo.accept(language));
            languages.put(language, button);
            add(button, "", at++);
        }
        textSize = Touch.toggle("nav.textSize", "", Touch.QUIET, false);
        textSize.addActionListener(e -> largeText.accept(textSize.isSelected()));
        add(textSize, "w 120!, h 96!", at++);
        contrast = Touch.toggle("nav.contrast", "", Touch.QUIET, false);
        contrast.addActionListener(e -> highContrast.accept(contrast.isSelected()));
        add(contrast, "w 120!, h 96!", at);
        languages.values().forEach(button -> button.setVisible(false));
        textSize.setVisible(false);
        contrast.setVisible(false);
    }

    /** Shows the bar for a page: in the page's language, with the current look and help if allowed. */
    void show(Texts texts, Language current, boolean onAttract, boolean helpAllowed, KioskTheme.Look look) {
        assert calledOnEDT();
        if (!onAttract) {
            buildChoices();
        }
        help.setVisible(helpAllowed);
        if (current != helpShownIn) {
            helpShownIn = current;
            help.setText(texts.get("help.button"));
            help.getAccessibleContext().setAccessibleName(texts.get("help.button"));
        }
        if (textSize == null) {
            return;
        }
        for (Map.Entry<Language, JButton> entry : languages.entrySet()) {
            entry.getValue().setVisible(!onAttract && entry.getKey() != current);
        }
        textSize.setVisible(!onAttract);
        contrast.setVisible(!onAttract);
        textSize.setSelected(look.largeText());
        contrast.setSelected(look.highContrast());
        if (current != shownIn) {
            shownIn = current;
            String switchLanguage = texts.get("nav.language");
            languages.values().forEach(b -> b.getAccessibleContext().setAccessibleDescription(switchLanguage));
            describe(texts, textSize, "nav.text_size");
            describe(texts, contrast, "nav.contrast");
        }
        // the glyphs follow the bar's text size, which changes with the look
        int fontSize = getFont().getSize();
        if (fontSize != glyphFontSize) {
            glyphFontSize = fontSize;
            textSize.setIcon(Glyphs.textSize(fontSize + 14));
            contrast.setIcon(Glyphs.contrast(fontSize + 14));
        }
    }

    private static void describe(Texts texts, JToggleButton toggle, String textKey) {
        String words = texts.get(textKey);
        Touch.describe(toggle, words, texts.get(textKey + ".explain"));
        if (!Objects.equals(toggle.getToolTipText(), words)) {
            toggle.setToolTipText(words);
        }
    }
}
