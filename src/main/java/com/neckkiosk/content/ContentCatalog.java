package com.neckkiosk.content;

import com.neckkiosk.triage.AgeBand;
import com.neckkiosk.triage.Cause;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.EpisodeLength;
import com.neckkiosk.triage.Exercise;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Reply;
import com.neckkiosk.triage.Rule;
import com.neckkiosk.triage.SheetPlan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Every clinical sentence a patient or staff member reads, in one language: questions,
 * answer labels, exercises, remedies, prevention tips, "when to get help now",
 * disclaimers and the staff wording of reasons. The words live in
 * {@code content/patient_<code>.properties}; this class only knows the key scheme.
 * Lists are numbered keys ({@code remedy.1}, {@code remedy.2}, ...) read until the first gap.
 */
public final class ContentCatalog {

    static final String BUNDLE = "com.neckkiosk.content.patient";

    private static final Map<Language, ContentCatalog> LOADED = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private ContentCatalog(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** The catalogue for a language, loaded once. */
    public static synchronized ContentCatalog of(Language language) {
        return LOADED.computeIfAbsent(language, l -> new ContentCatalog(l, ResourceBundle.getBundle(
                BUNDLE, l.locale(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
    }

    /** A catalogue over any bundle, for tests of the key scheme itself (gaps in lists, ...). */
    static ContentCatalog over(Language language, ResourceBundle bundle) {
        return new ContentCatalog(language, bundle);
    }

    public Language language() {
        return language;
    }

    /** The question as the patient reads it, e.g. "Do you have a fever or chills?" */
    public String questionText(Question question) {
        return text("question." + question.id());
    }

    /** One short line under the question that makes it easier to answer. */
    public String questionHint(Question question) {
        return text("question." + question.id() + ".hint");
    }

    public String replyLabel(Reply reply) {
        return text("reply." + reply.id());
    }

    public String ageBandLabel(AgeBand band) {
        return text("age_band." + band.id());
    }

    public String durationLabel(EpisodeLength length) {
        return text("duration." + length.id());
    }

    public String causeLabel(Cause cause) {
        return text("cause." + cause.id());
    }

    /** The word under the pain scale for a range: none (0), mild (1-3), moderate (4-6), severe (7-10). */
    public String painWord(int score) {
        String word = score == 0 ? "none" : score <= 3 ? "mild" : score <= 6 ? "moderate" : "severe";
        return text("pain." + word);
    }

    public ExerciseText exercise(Exercise exercise) {
        String key = "exercise." + exercise.id();
        return new ExerciseText(text(key + ".name"), text(key + ".purpose"), text(key + ".dose"),
                list(key + ".step"));
    }

    /** When to stop exercising: printed on every sheet with exercises. */
    public List<String> stopRules() {
        return list("exercise.stop");
    }

    /** What the sheet says about exercise for this plan ("ask the doctor first", ...). */
    public String exerciseAdvice(SheetPlan.ExerciseAdvice advice) {
        return text("exercise.advice." + advice.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Dizziness: do the exercises sitting down. */
    public String exerciseSeated() {
        return text("exercise.seated");
    }

    /** Home remedies; under 18 the medicine advice is only "ask; no aspirin under 16". */
    public List<String> remedies(boolean child) {
        List<String> remedies = new ArrayList<>(list(child ? "remedy.medicine.child" : "remedy.medicine.adult"));
        remedies.addAll(list("remedy"));
        return remedies;
    }

    /** Prevention tips: those for the patient's own causes first, then the general ones, no repeats. */
    public List<String> preventionTips(List<Cause> causesFirst) {
        Set<String> tips = new LinkedHashSet<>();
        for (Cause cause : causesFirst) {
            tips.addAll(list("prevention." + cause.id()));
        }
        tips.addAll(list("prevention.general"));
        return new ArrayList<>(tips);
    }

    /**
     * The EMERGENCY and URGENT signs in plain words, for the "when to get help now" box.
     * The first entry is not a sign but what to do (tell the staff now; elsewhere call
     * emergency services), so a box that shows the list in order says it first.
     */
    public List<String> helpNowSigns() {
        return list("help_now.sign");
    }

    public String helpNowTitle() {
        return text("help_now.title");
    }

    /** Guidance, not a diagnosis: on every screen and sheet. */
    public String disclaimer() {
        return text("disclaimer");
    }

    /** The sheet's opening lines for a result; under 18 has its own SEE_DOCTOR opening. */
    public String sheetOpening(Disposition disposition, boolean under18) {
        String key = "sheet.opening." + disposition.name().toLowerCase(java.util.Locale.ROOT);
        return text(under18 && disposition == Disposition.SEE_DOCTOR ? key + ".under_18" : key);
    }

    /** A reason in front-desk words: "possible meningitis signs", "fall, aged 65+". */
    public String staffReason(Rule rule) {
        return text("staff.reason." + rule.id());
    }

    /** Any other entry by key; a missing key is a bug the bundle tests catch. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new MissingResourceException(
                    "No text '" + key + "' in " + BUNDLE + "_" + language.code() + ".properties", BUNDLE, key);
        }
    }

    /** The numbered entries {@code prefix.1}, {@code prefix.2}, ... up to the first gap. */
    public List<String> list(String prefix) {
        List<String> items = new ArrayList<>();
        for (int i = 1; bundle.containsKey(prefix + "." + i); i++) {
            items.add(bundle.getString(prefix + "." + i));
        }
        return items;
    }
}
