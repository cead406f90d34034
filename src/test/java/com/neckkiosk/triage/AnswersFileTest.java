package com.neckkiosk.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input gets one clear line naming the file, the id and what is allowed. */
class AnswersFileTest {

    private static String fault(Cases cases) {
        try {
            AnswersFile.parse("a.properties", cases.text());
        } catch (AnswersFileException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a fault in\n" + cases.text());
    }

    @Test
    void aCompleteFileReads() throws AnswersFileException {
        Answers answers = AnswersFile.parse("a.properties", Cases.baseline().text());
        assertThat(QuestionFlow.complete(answers)).isTrue();
    }

    @Test
    void spacesAroundValuesAreTrimmedAndCommentsIgnored() throws AnswersFileException {
        String text = "# a comment\n! another\n" + Cases.baseline().text().replace("fever=no", "fever =   unsure   ")
                .replace("causes=", "causes =  posture ,  stress ,posture");
        Answers answers = AnswersFile.parse("a.properties", text);
        assertThat(answers.reply(Question.FEVER)).contains(Reply.UNSURE);
        assertThat(answers.causes().orElseThrow()).containsExactly(Cause.POSTURE, Cause.STRESS);
    }

    @Test
    void causesMayBeAbsent() throws AnswersFileException {
        Answers answers = AnswersFile.parse("a.properties", Cases.baseline().without("causes").text());
        assertThat(answers.causes()).contains(java.util.Set.of());
        assertThat(Triage.assess(answers).disposition()).isEqualTo(Disposition.SELF_CARE);
    }

    @ParameterizedTest(name = "pain_score={0} reads as {1}")
    @CsvSource({"0, 0", "10, 10", "07, 7", "000, 0", "' 9 ', 9"})
    void painScoreDigits(String value, int expected) throws AnswersFileException {
        assertThat(Cases.baseline().with("pain_score", value).answers().painScore()).contains(expected);
    }

    @ParameterizedTest(name = "pain_score=''{0}''")
    @ValueSource(strings = {"11", "-1", "+5", "5.0", "five", "1 0", "0x5", "100", "99999999999999999999"})
    void painScoreOutOfRangeOrNotDigits(String value) {
        assertThat(fault(Cases.baseline().with("pain_score", value)))
                .isEqualTo("a.properties: pain_score = '" + value + "' is not allowed; "
                        + "allowed: a whole number from 0 to 10, digits only");
    }

    @Test
    void missingRequiredIdNamesItAndWhatIsAllowed() {
        assertThat(fault(Cases.baseline().without("age_band")))
                .isEqualTo("a.properties: age_band is missing; allowed: under_18, 18_64, 65_plus");
        assertThat(fault(Cases.baseline().without("fever")))
                .isEqualTo("a.properties: fever is missing; allowed: yes, no, unsure");
        assertThat(fault(Cases.baseline().without("duration")))
                .isEqualTo("a.properties: duration is missing; allowed: minutes, hours, days, weeks, months");
        assertThat(fault(Cases.baseline().without("pain_score"))).startsWith("a.properties: pain_score is missing");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "fever, YES, 'fever = ''YES'' is not allowed; allowed: yes, no, unsure'",
            "fever, maybe, 'fever = ''maybe'' is not allowed; allowed: yes, no, unsure'",
            "fever, '', 'fever is empty; allowed: yes, no, unsure'",
            "age_band, 30, 'age_band = ''30'' is not allowed; allowed: under_18, 18_64, 65_plus'",
            "duration, years, 'duration = ''years'' is not allowed; allowed: minutes, hours, days, weeks, months'",
            "help_requested, please, 'help_requested = ''please'' is not allowed; allowed: yes, no'",
            "help_requested, unsure, 'help_requested = ''unsure'' is not allowed; allowed: yes, no'",
    })
    void badValues(String id, String value, String message) {
        assertThat(fault(Cases.baseline().with(id, value))).isEqualTo("a.properties: " + message);
    }

    @ParameterizedTest(name = "causes=''{0}''")
    @ValueSource(strings = {"posture,,stress", "posture,", ",posture", " , "})
    void causesMayNotHaveEmptyItems(String value) {
        assertThat(fault(Cases.baseline().with("causes", value)))
                .startsWith("a.properties: causes = '" + value.trim() + "' is not allowed; allowed: no empty items;");
    }

    @Test
    void unknownCause() {
        assertThat(fault(Cases.baseline().with("causes", "posture,gaming")))
                .startsWith("a.properties: causes = 'gaming' is not allowed; allowed: posture, screen_work,");
    }

    @Test
    void unknownIdIsReportedBeforeAnyOtherFault() {
        assertThat(fault(Cases.baseline().without("age_band").with("Fever", "no").with("mood", "low")))
                .startsWith("a.properties: unknown id 'Fever'; the ids are age_band, injury, injury_major,")
                .endsWith("causes, help_requested");
    }

    @Test
    void faultsAreReportedInTheAnswersTablesOrder() {
        assertThat(fault(Cases.baseline().with("pain_score", "12").with("fever", "hot").without("age_band")))
                .startsWith("a.properties: age_band is missing");
        assertThat(fault(Cases.baseline().with("pain_score", "12").with("fever", "hot")))
                .startsWith("a.properties: fever = 'hot'");
    }

    @Test
    void aKeyGivenTwiceIsBadInput() {
        String text = Cases.baseline().text() + "fever=no\n";
        assertThatThrownBy(() -> AnswersFile.parse("a.properties", text))
                .hasMessage("a.properties: fever is given more than once; give each id once");
        String help = Cases.baseline().text() + "help_requested=no\nhelp_requested=no\n";
        assertThatThrownBy(() -> AnswersFile.parse("a.properties", help))
                .hasMessage("a.properties: help_requested is given more than once; give each id once");
    }

    @ParameterizedTest(name = "injury={0}")
    @ValueSource(strings = {"yes", "unsure"})
    void followUpRequiredAfterYesOrUnsure(String injury) {
        assertThat(fault(Cases.baseline().with("injury", injury)))
                .isEqualTo("a.properties: injury_major is missing (required when injury is yes or unsure); "
                        + "allowed: yes, no, unsure");
        assertThat(fault(Cases.baseline().with("injury", injury).with("injury_major", "big")))
                .startsWith("a.properties: injury_major = 'big' is not allowed");
    }

    @Test
    void followUpMustBeAbsentAfterNo() {
        assertThat(fault(Cases.baseline().with("injury_major", "no")))
                .isEqualTo("a.properties: injury_major must be left out when injury is no: "
                        + "the follow-up is asked only after yes or unsure");
    }

    @Test
    void injuryFaultsComeBeforeTheFollowUp() {
        assertThat(fault(Cases.baseline().without("injury").with("injury_major", "yes")))
                .startsWith("a.properties: injury is missing");
    }

    @Test
    void malformedEscapeIsBadInput() {
        assertThatThrownBy(() -> AnswersFile.parse("a.properties", Cases.baseline().text() + "x=\\uZZZZ\n"))
                .hasMessageStartingWith("a.properties: not in properties format:");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException, AnswersFileException {
        Path file = Files.writeString(dir.resolve("case.properties"), Cases.baseline().with("fever", "yes").text());
        assertThat(Triage.assess(AnswersFile.read(file)).disposition()).isEqualTo(Disposition.URGENT);
    }

    @Test
    void missingFileAndFolder(@TempDir Path dir) {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> AnswersFile.read(missing))
                .hasMessage(missing + ": cannot read the answers file: it does not exist");
        assertThatThrownBy(() -> AnswersFile.read(dir))
                .hasMessage(dir + ": cannot read the answers file: it is a folder");
    }
}
