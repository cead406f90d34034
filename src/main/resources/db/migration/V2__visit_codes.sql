-- Visit codes (K7-42): a counter per kiosk per day that survives restarts and is shared by
-- every kiosk process using the same server, and the index today's reprints look codes up by.

CREATE TABLE visit_code_counter (
    kiosk_id    VARCHAR(32) NOT NULL,
    code_day    DATE        NOT NULL,
    last_number INTEGER     NOT NULL,
    CONSTRAINT visit_code_counter_pk PRIMARY KEY (kiosk_id, code_day),
    CONSTRAINT visit_code_counter_ck CHECK (last_number > 0)
);

CREATE INDEX visit_code_ix ON visit (visit_code, started_hour);
