-- Printer problems for the front desk and the statistics: which kiosk and queue, what went
-- wrong (an id, never a message text), and the visit code of the patient waiting for a copy
-- (cleared after the day, like the visit's own code).

CREATE TABLE printer_notice (
    id          VARCHAR(36) NOT NULL,
    kiosk_id    VARCHAR(32) NOT NULL,
    visit_code  VARCHAR(48),
    printer     VARCHAR(64) NOT NULL,
    problem     VARCHAR(24) NOT NULL,
    raised_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    resolved_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT printer_notice_pk PRIMARY KEY (id),
    CONSTRAINT printer_notice_problem_ck CHECK (problem IN
        ('NO_PRINTER', 'QUEUE_MISSING', 'QUEUE_DISABLED', 'JOB_REFUSED', 'TIMED_OUT'))
);

CREATE INDEX printer_notice_open_ix ON printer_notice (resolved_at, raised_at);
CREATE INDEX printer_notice_raised_at_ix ON printer_notice (raised_at);
