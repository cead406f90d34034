package com.neckkiosk.print;

import com.neckkiosk.config.PaperSize;
import com.neckkiosk.content.Language;
import com.neckkiosk.triage.AgeBand;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.AnswersFile;
import com.neckkiosk.triage.Cause;
import com.neckkiosk.triage.EpisodeLength;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.Reply;
import com.neckkiosk.triage.Triage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

/** Sheets for tests: from the shared vignettes, or the fullest one the rules allow. */
final class SheetSamples {

    static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    static final Path SHARED = Path.of("../shared/spec/vignettes");
    static final Path OWN = Path.of("src/test/resources/vignettes");

    private SheetSamples() {
    }

    static Answers vignette(String name) {
        Path file = SHARED.resolve(name + ".properties");
        try {
            return AnswersFile.read(file.toFile().exists() ? file : OWN.resolve(name + ".properties"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Sheet sheet(Answers answers, Language language, PaperSize paper, String code) {
        return Sheet.of("Riverside Clinic", paper, Triage.assess(answers),
                answers.ageBand().orElse(null) == AgeBand.UNDER_18, language, code, DAY);
    }

    static com.neckkiosk.triage.SheetPlan sheetPlan(String vignette) {
        return Triage.assess(vignette(vignette)).sheet();
    }

    /** Self-care, mild pain, every cause: all four exercises and the longest prevention list. */
    static Answers fullest() {
        Answers answers = Answers.none().withAgeBand(AgeBand.ADULT);
        for (Question question : Question.values()) {
            if (question.kind() == Question.Kind.REPLY && question != Question.INJURY_MAJOR) {
                answers = answers.with(question, Reply.NO);
            }
        }
        EnumSet<Cause> causes = EnumSet.allOf(Cause.class);
        causes.remove(Cause.NONE_KNOWN);
        return answers.withPainScore(3).withDuration(EpisodeLength.DAYS).withCauses(causes);
    }
}
