package com.neckkiosk.alerts;

import com.neckkiosk.config.DatabaseSettings;
import com.neckkiosk.content.Language;
import com.neckkiosk.store.AlertRecord;
import com.neckkiosk.store.VisitRecord;
import com.neckkiosk.store.VisitRecord.Outcome;
import com.neckkiosk.store.VisitRecord.SheetStatus;
import com.neckkiosk.triage.Disposition;
import com.neckkiosk.triage.Exercise;
import com.neckkiosk.triage.Question;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Visits, alerts and loopback settings for the alert tests. */
final class SpoolSamples {

    static final String PASSWORD = "front-desk-2026";

    private SpoolSamples() {
    }

    static VisitRecord visit(String id, String code) {
        return new VisitRecord(id, LocalDateTime.of(2026, 3, 14, 9, 0), "K7", Language.ES, 9,
                Map.of(Question.AGE_BAND, "65_plus", Question.INJURY, "yes", Question.INJURY_MAJOR, "no",
                        Question.CAUSES, "stress,posture"),
                false, Disposition.EMERGENCY, List.of("injury_older_adult", "numbness?"),
                List.of(Exercise.OSTRICH), Outcome.COMPLETED, "result", SheetStatus.NOT_PRINTED, code, 95, false);
    }

    static AlertRecord alert(String id, VisitRecord visit, Instant raisedAt) {
        return new AlertRecord(id, visit.id(), Disposition.EMERGENCY, visit.reasons(), visit.visitCode(),
                visit.kioskId(), raisedAt, null);
    }

    static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static DatabaseSettings server(Path dataDir, int port) {
        return new DatabaseSettings(DatabaseSettings.Mode.SERVER, dataDir, "127.0.0.1", "127.0.0.1", port, PASSWORD);
    }

    static DatabaseSettings client(Path dataDir, int port) {
        return new DatabaseSettings(DatabaseSettings.Mode.CLIENT, dataDir, "127.0.0.1", "127.0.0.1", port, PASSWORD);
    }
}
