package com.neckkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every text the catalogue can ask for exists, in every language, and nothing else is there. */
class BundlesCompleteTest {

    private static final Pattern NUMBERED = Pattern.compile("(.+)\\.(\\d+)");

    @Test
    void everyLanguageHasExactlyTheSameKeys() {
        Set<String> english = PatientBundles.entries(Language.EN).keySet();
        for (Language language : Language.values()) {
            assertThat(PatientBundles.entries(language).keySet())
                    .as("keys of %s compared with English", language)
                    .containsExactlyInAnyOrderElementsOf(english);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theFileIsStrictUtf8AndReadsTheSameAsTheJdkReadsIt(Language language) {
        Map<String, String> entries = PatientBundles.entries(language);
        assertThat(PatientBundles.asJdkReadsIt(language)).containsExactlyInAnyOrderEntriesOf(entries);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noValueIsBlank(Language language) {
        PatientBundles.entries(language).forEach((key, value) ->
                assertThat(value).as("%s in %s", key, language).isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTextTheCatalogueCanAskForIsThere(Language language) {
        ContentCatalog catalog = ContentCatalog.of(language);
        List<String> texts = new ArrayList<>();
        for (Question question : Question.values()) {
            texts.add(catalog.questionText(question));
            texts.add(catalog.questionHint(question));
        }
        for (Reply reply : Reply.values()) {
            texts.add(catalog.replyLabel(reply));
        }
        for (AgeBand band : AgeBand.values()) {
            texts.add(catalog.ageBandLabel(band));
        }
        for (EpisodeLength length : EpisodeLength.values()) {
            texts.add(catalog.durationLabel(length));
        }
        for (Cause cause : Cause.values()) {
            texts.add(catalog.causeLabel(cause));
        }
        for (int score = 0; score <= 10; score++) {
            texts.add(catalog.painWord(score));
        }
        for (Exercise exercise : Exercise.values()) {
            ExerciseText text = catalog.exercise(exercise);
            assertThat(text.steps()).as("steps of %s in %s", exercise, language).hasSizeBetween(3, 5);
            texts.add(text.name());
            texts.add(text.purpose());
            texts.add(text.dose());
            texts.addAll(text.steps());
        }
        for (SheetPlan.ExerciseAdvice advice : SheetPlan.ExerciseAdvice.values()) {
            texts.add(catalog.exerciseAdvice(advice));
        }
        texts.add(catalog.exerciseSeated());
        for (Disposition disposition : Disposition.values()) {
            texts.add(catalog.sheetOpening(disposition, false));
            texts.add(catalog.sheetOpening(disposition, true));
        }
        for (Rule rule : Rule.values()) {
            texts.add(catalog.staffReason(rule));
        }
        texts.add(catalog.helpNowTitle());
        texts.add(catalog.disclaimer());
        assertThat(catalog.stopRules()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(catalog.remedies(false)).hasSizeGreaterThan(catalog.list("remedy").size());
        assertThat(catalog.remedies(true)).hasSizeGreaterThan(catalog.list("remedy").size());
        assertThat(catalog.list("remedy")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(catalog.helpNowSigns()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(catalog.preventionTips(List.of())).isNotEmpty();
        texts.addAll(catalog.stopRules());
        texts.addAll(catalog.remedies(false));
        texts.addAll(catalog.remedies(true));
        texts.addAll(catalog.helpNowSigns());
        texts.addAll(catalog.preventionTips(List.of(Cause.values())));

        assertThat(texts).allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCauseButNoneKnownHasItsOwnPreventionTips(Language language) {
        ContentCatalog catalog = ContentCatalog.of(language);
        for (Cause cause : Cause.values()) {
            List<String> tips = catalog.list("prevention." + cause.id());
            if (cause == Cause.NONE_KNOWN) {
                assertThat(tips).as("tips for none_known").isEmpty();
            } else {
                assertThat(tips).as("tips for %s in %s", cause, language).isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void numberedListsHaveNoGapsSoNothingIsLeftUnread(Language language) {
        Map<String, Set<Integer>> numbers = new TreeMap<>();
        for (String key : PatientBundles.entries(language).keySet()) {
            Matcher matcher = NUMBERED.matcher(key);
            if (matcher.matches()) {
                numbers.computeIfAbsent(matcher.group(1), p -> new TreeSet<>()).add(Integer.parseInt(matcher.group(2)));
            }
        }
        assertThat(numbers).isNotEmpty();
        numbers.forEach((prefix, found) -> {
            Set<Integer> expected = new TreeSet<>();
            for (int i = 1; i <= found.size(); i++) {
                expected.add(i);
            }
            assertThat(found).as("numbers of %s.N in %s", prefix, language).isEqualTo(expected);
        });
    }

    /** Catches a typo such as {@code prevention.postur.1}, which no screen would ever show. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyKeyIsOneTheCatalogueCanAskFor(Language language) {
        Set<String> single = new HashSet<>(List.of("exercise.seated", "help_now.title", "disclaimer",
                "pain.none", "pain.mild", "pain.moderate", "pain.severe", "sheet.opening.see_doctor.under_18"));
        Set<String> lists = new HashSet<>(List.of("exercise.stop", "remedy.medicine.adult",
                "remedy.medicine.child", "remedy", "prevention.general", "help_now.sign"));
        for (Question question : Question.values()) {
            single.add("question." + question.id());
            single.add("question." + question.id() + ".hint");
        }
        for (Reply reply : Reply.values()) {
            single.add("reply." + reply.id());
        }
        for (AgeBand band : AgeBand.values()) {
            single.add("age_band." + band.id());
        }
        for (EpisodeLength length : EpisodeLength.values()) {
            single.add("duration." + length.id());
        }
        for (Cause cause : Cause.values()) {
            single.add("cause." + cause.id());
            lists.add("prevention." + cause.id());
        }
        for (Exercise exercise : Exercise.values()) {
            for (String part : List.of("name", "purpose", "dose")) {
                single.add("exercise." + exercise.id() + "." + part);
            }
            lists.add("exercise." + exercise.id() + ".step");
        }
        for (SheetPlan.ExerciseAdvice advice : SheetPlan.ExerciseAdvice.values()) {
            single.add("exercise.advice." + advice.name().toLowerCase(Locale.ROOT));
        }
        for (Disposition disposition : Disposition.values()) {
            single.add("sheet.opening." + disposition.name().toLowerCase(Locale.ROOT));
        }
        for (Rule rule : Rule.values()) {
            single.add("staff.reason." + rule.id());
        }

        for (String key : PatientBundles.entries(language).keySet()) {
            Matcher matcher = NUMBERED.matcher(key);
            boolean known = single.contains(key) || matcher.matches() && lists.contains(matcher.group(1));
            assertThat(known).as("%s in %s is a key the catalogue never asks for", key, language).isTrue();
        }
    }
}
