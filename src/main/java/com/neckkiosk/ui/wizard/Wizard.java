package com.neckkiosk.ui.wizard;

import static com.neckkiosk.ui.Edt.calledOnEDT;

import com.neckkiosk.config.ClinicConfig;
import com.neckkiosk.content.Language;
import com.neckkiosk.print.Sheet;
import com.neckkiosk.print.SheetPrinter;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.store.VisitRecord.Outcome;
import com.neckkiosk.triage.Answers;
import com.neckkiosk.triage.Assessment;
import com.neckkiosk.triage.Question;
import com.neckkiosk.triage.QuestionFlow;
import com.neckkiosk.triage.Triage;
import com.neckkiosk.ui.Edt;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The patient wizard as a small state machine: which page shows, for which visit, and
 * every move between pages. Which question comes next is always {@link QuestionFlow}'s
 * answer (including its early stop); what the result is, {@link Triage}'s. Screens only
 * show this state and call its moves. Confined to the EDT; the store is written off it.
 */
public final class Wizard {

    private final ClinicConfig config;
    private final VisitWriter writer;
    private final Clock clock;
    private final SheetPrinter printer;
    private Runnable onChange = () -> { };

    private Language language;
    private Page page = Page.ATTRACT;
    private Question question;
    private Visit visit;
    private Page pageBeforeHelp;
    private Question questionBeforeHelp;

    Wizard(ClinicConfig config, VisitWriter writer, Clock clock) {
        this(config, writer, clock, new SheetPrinter(Duration.ofSeconds(config.printTimeoutSeconds())));
    }

    Wizard(ClinicConfig config, VisitWriter writer, Clock clock, SheetPrinter printer) {
        this.config = config;
        this.writer = writer;
        this.clock = clock;
        this.printer = printer;
        this.language = config.defaultLanguage();
    }

    /** Called after every change of page, language or result. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    // ---- state, as the screens read it ----

    public Page page() {
        return page;
    }

    /** The question on a QUESTION page. */
    public Optional<Question> question() {
        return page == Page.QUESTION ? Optional.of(question) : Optional.empty();
    }

    public Language language() {
        return language;
    }

    public Answers answers() {
        return visit == null ? Answers.none() : visit.answers;
    }

    public Optional<Result> result() {
        return visit == null ? Optional.empty() : Optional.ofNullable(visit.result);
    }

    /** The take-home sheet for the result, in the current language, with the visit code once stored. */
    public Optional<Sheet> sheet() {
        return result().map(r -> Sheet.of(config, visit.answers, language, r.visitCode(), LocalDate.now(clock)));
    }

    /** Where the patient's one print stands. */
    PrintState printState() {
        return visit == null ? PrintState.UNAVAILABLE : visit.print;
    }

    /** Whether a visit is under way (a patient has tapped the attract screen). */
    public boolean inVisit() {
        return visit != null;
    }

    /** The id the visit log stores the visit under way by (tests find its record). */
    Optional<String> visitId() {
        return visit == null ? Optional.empty() : Optional.of(visit.id);
    }

    /** "3 of 22": the question's place among those this patient will be asked. */
    public int stepNumber() {
        return QuestionFlow.position(question, answers());
    }

    public int stepCount() {
        return QuestionFlow.planned(answers()).size();
    }

    public boolean canGoBack() {
        return page == Page.INTRO || page == Page.QUESTION || page == Page.HELP_CONFIRM;
    }

    /** Help can be asked for anywhere, except once an EMERGENCY result has alerted staff. */
    public boolean canAskForHelp() {
        if (page == Page.HELP_CONFIRM) {
            return false;
        }
        return visit == null || visit.result == null
                || visit.result.assessment().disposition() != com.neckkiosk.triage.Disposition.EMERGENCY;
    }

    /** The step id the visit log records: {@code intro}, {@code chest_pain}, {@code result}... */
    String stepId() {
        return page == Page.QUESTION ? question.id() : page.id();
    }

    // ---- moves ----

    /** The attract screen was touched: a visit begins in this language. */
    public void start(Language chosen) {
        assert calledOnEDT();
        language = chosen;
        visit = new Visit(chosen, clock.instant(), LocalDateTime.now(clock));
        show(Page.INTRO, null);
    }

    /** From the intro to the first question. */
    public void beginQuestions() {
        assert calledOnEDT();
        goToQuestionOrResult(QuestionFlow.next(visit.answers));
    }

    /** The patient answered the current question; {@code updated} holds the new answer. */
    public void answer(Answers updated) {
        assert calledOnEDT();
        if (page != Page.QUESTION || !updated.isAnswered(question)) {
            throw new IllegalStateException("no answer to " + question + " on " + page);
        }
        visit.answers = updated;
        goToQuestionOrResult(following(updated));
    }

    private Optional<Question> following(Answers updated) {
        Optional<Question> following = QuestionFlow.after(question, updated);
        if (following.isEmpty() && !Triage.emergencyReached(updated) && !QuestionFlow.complete(updated)) {
            following = QuestionFlow.next(updated);
        }
        return following;
    }

    /**
     * The result as the card would first show it if the patient gave {@code updated} as the
     * answer to the current question now; empty when another question would follow. Nothing is
     * stored and nothing moves: the kiosk builds the card ahead while the patient is choosing.
     */
    Optional<Result> resultIf(Answers updated) {
        assert calledOnEDT();
        if (page != Page.QUESTION || !updated.isAnswered(question) || following(updated).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Result.pending(Triage.assess(updated)));
    }

    /** The take-home sheet for {@code answers} in the current language, before a visit code exists. */
    Sheet sheetIf(Answers answers) {
        return Sheet.of(config, answers, language, null, LocalDate.now(clock));
    }

    /** Back: the previous question (its answer still shown), or the attract screen from the intro. */
    public void back() {
        assert calledOnEDT();
        switch (page) {
            case HELP_CONFIRM:
                notNow();
                break;
            case QUESTION:
                Optional<Question> previous = QuestionFlow.before(question, visit.answers);
                if (previous.isPresent()) {
                    show(Page.QUESTION, previous.get());
                } else {
                    show(Page.INTRO, null);
                }
                break;
            case INTRO:
                startOver();
                break;
            default:
                throw new IllegalStateException("no way back from " + page);
        }
    }

    /** Start over: the visit ends (logged as abandoned unless it reached its result). */
    public void startOver() {
        assert calledOnEDT();
        endVisit(Outcome.ABANDONED);
    }

    /** Done, on the result card: the next patient's attract screen. */
    public void finish() {
        assert calledOnEDT();
        endVisit(Outcome.COMPLETED);
    }

    /** Nobody answered "Are you still there?": wipe everything. */
    public void timedOut() {
        assert calledOnEDT();
        endVisit(Outcome.TIMED_OUT);
    }

    /**
     * Print, on the result card: once per visit, in the background. The card says "Printing…",
     * then to take the sheet, or calmly where to get a copy; either way the visit is stored
     * again with its sheet status, and a fault becomes a printer notice for the front desk.
     */
    public void printSheet() {
        assert calledOnEDT();
        if (visit == null || visit.print != PrintState.READY) {
            return;
        }
        Visit current = visit;
        Sheet sheet = sheet().orElseThrow();
        current.print = PrintState.PRINTING;
        onChange.run();
        printer.print(sheet, config.printerQueue()).thenAcceptAsync(outcome -> {
            VisitRecord stored = current.stored.withSheet(outcome.printed()
                    ? VisitRecord.SheetStatus.PRINTED : VisitRecord.SheetStatus.PRINT_FAILED);
            current.stored = stored;
            writer.savePrint(stored, outcome.notice(config.kioskId(), stored.visitCode(), clock.instant()));
            current.print = outcome.printed() ? PrintState.PRINTED : PrintState.FAILED;
            if (visit == current) {
                onChange.run();
            }
        }, Edt.ON_EDT);
    }

    /** "I need help now" was touched: ask once, calmly, to be sure. */
    public void askForHelp() {
        assert calledOnEDT();
        if (!canAskForHelp()) {
            return;
        }
        if (visit == null) {
            visit = new Visit(language, clock.instant(), LocalDateTime.now(clock));
        }
        pageBeforeHelp = page;
        questionBeforeHelp = question;
        show(Page.HELP_CONFIRM, null);
    }

    /** "Yes, I need help": EMERGENCY with reason {@code help_requested}, and staff are alerted. */
    public void confirmHelp() {
        assert calledOnEDT();
        visit.answers = visit.answers.withHelpRequested();
        showResult();
    }

    /** "No, go back": to where the patient was. */
    public void notNow() {
        assert calledOnEDT();
        if (pageBeforeHelp == Page.ATTRACT) {
            startOver();
        } else if (pageBeforeHelp == Page.RESULT) {
            page = Page.RESULT;
            question = null;
            onChange.run();
        } else {
            show(pageBeforeHelp, questionBeforeHelp);
        }
    }

    /** A new language, mid-way or on the attract screen; every answer stays. */
    public void switchLanguage(Language chosen) {
        assert calledOnEDT();
        language = chosen;
        if (visit != null) {
            visit.language = chosen;
        }
        onChange.run();
    }

    // ---- internals ----

    private void goToQuestionOrResult(Optional<Question> next) {
        if (next.isPresent()) {
            show(Page.QUESTION, next.get());
        } else {
            showResult();
        }
    }

    private void show(Page next, Question nextQuestion) {
        page = next;
        question = nextQuestion;
        visit.stepsSeen.add(stepId());
        onChange.run();
    }

    private void showResult() {
        Visit current = visit;
        Assessment assessment = Triage.assess(current.answers);
        String earlierCode = current.result == null ? null : current.result.visitCode();
        current.result = Result.pending(assessment);
        show(Page.RESULT, null);
        VisitRecord snapshot = record(current, Outcome.COMPLETED, stepId(), null);
        writer.saveResult(earlierCode, code -> withCode(snapshot, code))
                .whenCompleteAsync((code, failure) -> {
                    if (visit != current || current.result == null
                            || current.result.assessment() != assessment) {
                        return; // the visit ended or moved on while the store was busy
                    }
                    current.result = failure == null ? current.result.saved(code) : current.result.failed();
                    if (failure == null) {
                        current.stored = withCode(snapshot, code);
                        // every sheet but EMERGENCY's can be printed (URGENT's has no exercises)
                        if (current.print == PrintState.UNAVAILABLE
                                && assessment.disposition() != com.neckkiosk.triage.Disposition.EMERGENCY) {
                            current.print = PrintState.READY;
                        }
                    }
                    onChange.run();
                }, Edt.ON_EDT);
    }

    private void endVisit(Outcome outcome) {
        Visit ended = visit;
        String lastStep = ended == null ? null : stepId();
        visit = null;
        page = Page.ATTRACT;
        question = null;
        pageBeforeHelp = null;
        questionBeforeHelp = null;
        language = config.defaultLanguage();
        if (ended != null && ended.result == null && outcome != Outcome.COMPLETED) {
            writer.saveUnfinished(record(ended, outcome, lastStep, null));
        }
        onChange.run();
    }

    private static VisitRecord withCode(VisitRecord v, String code) {
        return new VisitRecord(v.id(), v.startedHour(), v.kioskId(), v.language(), v.stepsReached(), v.answers(),
                v.helpRequested(), v.disposition(), v.reasons(), v.exercises(), v.outcome(), v.lastStep(), v.sheet(),
                code, v.durationSeconds(), v.demo());
    }

    /** A snapshot built on the EDT; only the visit code is added later, off it. */
    private VisitRecord record(Visit v, Outcome outcome, String lastStep, String code) {
        Assessment assessment = v.result == null ? null : v.result.assessment();
        return new VisitRecord(v.id, v.startedHour, config.kioskId(), v.language, v.stepsSeen.size(),
                v.answers.asIds(), v.answers.helpRequested(),
                assessment == null ? null : assessment.disposition(),
                assessment == null ? List.of() : assessment.reasonIds(),
                assessment == null ? List.of() : assessment.exercises(),
                outcome, lastStep, v.stored == null ? VisitRecord.SheetStatus.NOT_PRINTED : v.stored.sheet(), code,
                Math.max(0, Duration.between(v.started, clock.instant()).getSeconds()), false);
    }
}
