package com.neckkiosk.ui.staffexit;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.QuestionFlow;
import com.neckkiosk.triage.Triage;
import org.junit.jupiter.api.Test;

class StaffActionsTest {

    @Test
    void theTestPageIsAFinishedSelfCareVisit() {
        assertThat(QuestionFlow.complete(StaffActions.sampleAnswers())).isTrue();
        assertThat(Triage.assess(StaffActions.sampleAnswers()).disposition()).isEqualTo(Disposition.SELF_CARE);
    }

    @Test
    void restartHasACodeOfItsOwn() {
        assertThat(StaffActions.RESTART).isNotEqualTo(StaffActions.LEAVE).isNotIn(1, 2);
    }
}
