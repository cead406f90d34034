package com.neckkiosk.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.neckkiosk.content.ContentCatalog;
import com.neckkiosk.content.Language;
import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.triage.Disposition;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertViewTest {

    private static final Instant RAISED = Instant.parse("2026-03-14T09:40:00Z");

    @Test
    void reasonsReadInStaffWordingAndUnsureIsSaid() {
        AlertRecord alert = new AlertRecord("a-1", "v-1", Disposition.EMERGENCY,
                List.of("meningitis_signs", "injury_older_adult", "help_requested", "numbness?", "from_the_future"),
                "K7-3", "K7", RAISED, null);
        AlertView view = AlertView.of(alert, Map.of("K7", "Waiting room A"), ContentCatalog.of(Language.EN));
        assertThat(view.reasons()).containsExactly("possible meningitis signs", "fall or injury, aged 65+",
                "asked for help", "numbness or pins and needles (not sure)", "from_the_future");
        assertThat(view.levelWords()).isEqualTo("EMERGENCY");
        assertThat(view.kioskName()).isEqualTo("Waiting room A");
        assertThat(view.isOpen()).isTrue();
        assertThat(view.raisedWords(ZoneOffset.UTC)).isEqualTo("raised 09:40");
    }

    @Test
    void aKioskWithoutANameShowsItsId() {
        AlertRecord alert = new AlertRecord("a-1", "v-1", Disposition.URGENT, List.of("fever"), "K9-1", "K9", RAISED,
                RAISED.plusSeconds(125));
        AlertView view = AlertView.of(alert, Map.of(), ContentCatalog.of(Language.EN));
        assertThat(view.kioskName()).isEqualTo("K9");
        assertThat(view.levelWords()).isEqualTo("URGENT");
        assertThat(view.acknowledgedWords(ZoneOffset.UTC)).isEqualTo("acknowledged 09:42");
    }

    @Test
    void waitingIsInWholeMinutes() {
        assertThat(Waiting.text(RAISED, RAISED.plusSeconds(59))).isEqualTo("waiting under 1 min");
        assertThat(Waiting.text(RAISED, RAISED.plusSeconds(120))).isEqualTo("waiting 2 min");
        assertThat(Waiting.text(RAISED, RAISED.plus(Duration.ofMinutes(65)))).isEqualTo("waiting 1 h 05 min");
        assertThat(Waiting.text(RAISED, RAISED.minusSeconds(30))).as("clocks a little apart").isEqualTo("waiting under 1 min");
    }
}
