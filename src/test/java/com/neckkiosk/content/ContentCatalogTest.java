package com.neckkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.neckkiosk.triage.Cause;
import com.neckkiosk.triage.Disposition;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How the catalogue puts the texts together, over the real bundles and a made-up one. */
class ContentCatalogTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void preventionTipsPutThePatientsOwnCausesFirstWithoutRepeats(Language language) {
        ContentCatalog catalog = ContentCatalog.of(language);
        List<String> stress = catalog.list("prevention.stress");
        List<String> screen = catalog.list("prevention.screen_work");

        List<String> tips = catalog.preventionTips(List.of(Cause.STRESS, Cause.SCREEN_WORK));

        List<String> expectedStart = new ArrayList<>(stress);
        expectedStart.addAll(screen);
        assertThat(tips.subList(0, expectedStart.size())).containsExactlyElementsOf(expectedStart);
        assertThat(tips).doesNotHaveDuplicates().containsAll(catalog.list("prevention.general"));
        // screen tips repeat general ones word for word on purpose: they appear once, early
        assertThat(catalog.list("prevention.general")).containsAnyElementsOf(screen);
        assertThat(tips).hasSizeLessThan(stress.size() + screen.size() + catalog.list("prevention.general").size());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void withNoKnownCauseTheTipsAreTheGeneralOnes(Language language) {
        ContentCatalog catalog = ContentCatalog.of(language);
        assertThat(catalog.preventionTips(List.of(Cause.NONE_KNOWN)))
                .containsExactlyElementsOf(catalog.list("prevention.general"));
        assertThat(catalog.preventionTips(List.of())).containsExactlyElementsOf(catalog.list("prevention.general"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void childRemediesHaveNoAdultMedicineAdviceAndWarnAboutAspirin(Language language) {
        ContentCatalog catalog = ContentCatalog.of(language);
        List<String> adultMedicine = catalog.list("remedy.medicine.adult");
        List<String> child = catalog.remedies(true);

        assertThat(adultMedicine).isNotEmpty();
        assertThat(child).doesNotContainAnyElementsOf(adultMedicine);
        assertThat(String.join(" ", child).toLowerCase(Locale.ROOT)).contains("aspirin").contains("16");
        assertThat(child).endsWith(catalog.list("remedy").toArray(String[]::new));
        // nothing about taking pills for yourself, in words either
        String childMedicine = String.join(" ", catalog.list("remedy.medicine.child")).toLowerCase(Locale.ROOT);
        assertThat(childMedicine).doesNotContain("label", "etiqueta", "prescription", "receta", "pregnan", "embaraz");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void adultRemediesStartWithTheMedicineAdviceThenTheHomeRemedies(Language language) {
        ContentCatalog catalog = ContentCatalog.of(language);
        List<String> expected = new ArrayList<>(catalog.list("remedy.medicine.adult"));
        expected.addAll(catalog.list("remedy"));
        assertThat(catalog.remedies(false)).containsExactlyElementsOf(expected)
                .noneMatch(text -> text.toLowerCase(Locale.ROOT).contains("aspirin"));
    }

    @Test
    void aListStopsAtTheFirstGap() throws IOException {
        ContentCatalog catalog = ContentCatalog.over(Language.EN, new PropertyResourceBundle(new StringReader(
                "tip.1=one\ntip.2=two\ntip.4=four, never read\nother.2=no first entry\n")));

        assertThat(catalog.list("tip")).containsExactly("one", "two");
        assertThat(catalog.list("other")).isEmpty();
        assertThat(catalog.list("nothing")).isEmpty();
    }

    @Test
    void aMissingTextNamesTheKeyAndTheFile() throws IOException {
        ContentCatalog catalog = ContentCatalog.over(Language.ES, new PropertyResourceBundle(new StringReader("")));

        assertThatThrownBy(catalog::disclaimer)
                .isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("disclaimer")
                .hasMessageContaining("patient_es.properties");
    }

    @Test
    void underEighteenHasItsOwnSeeTheDoctorOpeningOnly() {
        ContentCatalog catalog = ContentCatalog.of(Language.EN);
        assertThat(catalog.sheetOpening(Disposition.SEE_DOCTOR, true))
                .isNotEqualTo(catalog.sheetOpening(Disposition.SEE_DOCTOR, false))
                .contains("parent");
        assertThat(catalog.sheetOpening(Disposition.EMERGENCY, true))
                .isEqualTo(catalog.sheetOpening(Disposition.EMERGENCY, false));
    }

    @Test
    void painWordsFollowTheScaleRanges() {
        ContentCatalog catalog = ContentCatalog.of(Language.EN);
        assertThat(catalog.painWord(0)).isEqualTo("No pain");
        assertThat(List.of(catalog.painWord(1), catalog.painWord(3))).containsOnly("Mild");
        assertThat(List.of(catalog.painWord(4), catalog.painWord(6))).containsOnly("Moderate");
        assertThat(List.of(catalog.painWord(7), catalog.painWord(10))).containsOnly("Severe");
    }

    @Test
    void theHelpBoxSaysWhatToDoFirst() {
        assertThat(ContentCatalog.of(Language.EN).helpNowSigns().get(0)).contains("staff", "emergency services");
        assertThat(ContentCatalog.of(Language.ES).helpNowSigns().get(0)).contains("personal", "emergencias");
    }
}
