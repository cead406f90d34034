-- Anonymous visits and the alerts they raise. Plain SQL that H2 and PostgreSQL both take.
-- Privacy by construction: every text column is a short id (no room for a name or a note),
-- and a visit keeps only the hour it started.

CREATE TABLE visit (
    id               VARCHAR(36) NOT NULL,
    started_hour     TIMESTAMP   NOT NULL,
    kiosk_id         VARCHAR(32) NOT NULL,
    language         VARCHAR(8)  NOT NULL,
    steps_reached    INTEGER     NOT NULL,
    help_requested   BOOLEAN     NOT NULL,
    disposition      VARCHAR(16),
    outcome          VARCHAR(16) NOT NULL,
    last_step        VARCHAR(40) NOT NULL,
    sheet_status     VARCHAR(16) NOT NULL,
    visit_code       VARCHAR(48),
    duration_seconds BIGINT      NOT NULL,
    demo             BOOLEAN     NOT NULL,
    CONSTRAINT visit_pk PRIMARY KEY (id),
    CONSTRAINT visit_steps_ck CHECK (steps_reached >= 0),
    CONSTRAINT visit_duration_ck CHECK (duration_seconds >= 0),
    CONSTRAINT visit_disposition_ck CHECK (disposition IN ('EMERGENCY', 'URGENT', 'SEE_DOCTOR', 'SELF_CARE')),
    CONSTRAINT visit_outcome_ck CHECK (outcome IN ('COMPLETED', 'ABANDONED', 'TIMED_OUT')),
    CONSTRAINT visit_sheet_ck CHECK (sheet_status IN ('NOT_PRINTED', 'PRINTED', 'PRINT_FAILED'))
);

CREATE INDEX visit_started_hour_ix ON visit (started_hour);

-- One row per answered question; `causes` has one row per cause so statistics can count
-- them, and an empty causes answer is one row with the empty string. `position` keeps
-- the order the causes were given in.
CREATE TABLE visit_answer (
    visit_id    VARCHAR(36) NOT NULL,
    question_id VARCHAR(32) NOT NULL,
    position    INTEGER     NOT NULL,
    answer      VARCHAR(32) NOT NULL,
    CONSTRAINT visit_answer_pk PRIMARY KEY (visit_id, question_id, position),
    CONSTRAINT visit_answer_visit_fk FOREIGN KEY (visit_id) REFERENCES visit (id)
);

-- Reason ids as the spec writes them, `numbness?` included, in the spec's order.
CREATE TABLE visit_reason (
    visit_id VARCHAR(36) NOT NULL,
    position INTEGER     NOT NULL,
    reason   VARCHAR(40) NOT NULL,
    CONSTRAINT visit_reason_pk PRIMARY KEY (visit_id, position),
    CONSTRAINT visit_reason_visit_fk FOREIGN KEY (visit_id) REFERENCES visit (id)
);

CREATE TABLE visit_exercise (
    visit_id    VARCHAR(36) NOT NULL,
    position    INTEGER     NOT NULL,
    exercise_id VARCHAR(40) NOT NULL,
    CONSTRAINT visit_exercise_pk PRIMARY KEY (visit_id, position),
    CONSTRAINT visit_exercise_visit_fk FOREIGN KEY (visit_id) REFERENCES visit (id)
);

CREATE TABLE alert (
    id              VARCHAR(36) NOT NULL,
    visit_id        VARCHAR(36) NOT NULL,
    level           VARCHAR(16) NOT NULL,
    visit_code      VARCHAR(48) NOT NULL,
    kiosk_id        VARCHAR(32) NOT NULL,
    raised_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    acknowledged_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT alert_pk PRIMARY KEY (id),
    CONSTRAINT alert_visit_fk FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT alert_level_ck CHECK (level IN ('EMERGENCY', 'URGENT'))
);

-- "Open alerts, newest first" reads the acknowledged_at IS NULL end of this index.
CREATE INDEX alert_open_ix ON alert (acknowledged_at, raised_at);
CREATE INDEX alert_raised_at_ix ON alert (raised_at);

CREATE TABLE alert_reason (
    alert_id VARCHAR(36) NOT NULL,
    position INTEGER     NOT NULL,
    reason   VARCHAR(40) NOT NULL,
    CONSTRAINT alert_reason_pk PRIMARY KEY (alert_id, position),
    CONSTRAINT alert_reason_alert_fk FOREIGN KEY (alert_id) REFERENCES alert (id)
);
