package com.neckkiosk.ui.wizard;

import com.neckkiosk.triage.Answers;

/**
 * A question screen the kiosk keeps and shows again (to the next patient, or after Back)
 * instead of building it anew: it reads the answers when tapped, not when built, and shows
 * the answers given so far when asked to.
 */
interface AnswerScreen {

    /** Selects what {@code answers} holds for this screen's question, and nothing else. */
    void showAnswers(Answers answers);
}
