-- The name staff know each kiosk by ("Waiting room A"), so the front-desk console can say
-- which kiosk raised an alert. Each kiosk writes its own row from its settings when it starts.
-- Set by the clinic, never by a patient; 48 characters at most, like every text column
-- (a longer kiosk.name is shortened).

CREATE TABLE kiosk (
    id   VARCHAR(32) NOT NULL,
    name VARCHAR(48) NOT NULL,
    CONSTRAINT kiosk_pk PRIMARY KEY (id)
);
