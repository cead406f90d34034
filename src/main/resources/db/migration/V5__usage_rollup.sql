-- The manager dashboard's counts, kept up to date in the same transaction as each visit
-- write, so charts over years of visits read a few thousand rows instead of every visit.
-- One row per day, kiosk, demo flag, measure and bucket (see com.neckkiosk.stats.Measure):
-- e.g. (2026-03-14, K7, FALSE, 'disposition', 'URGENT', 12). Days only: nothing here is
-- finer than the visit table's own started_hour. A database upgraded from an earlier
-- version is filled from its visits when the store opens (RollupRows.rebuildIfMissing).

CREATE TABLE usage_rollup (
    visit_day DATE        NOT NULL,
    kiosk_id  VARCHAR(32) NOT NULL,
    demo      BOOLEAN     NOT NULL,
    measure   VARCHAR(16) NOT NULL,
    bucket    VARCHAR(48) NOT NULL,
    visits    BIGINT      NOT NULL,
    CONSTRAINT usage_rollup_pk PRIMARY KEY (visit_day, kiosk_id, demo, measure, bucket),
    CONSTRAINT usage_rollup_visits_ck CHECK (visits > 0)
);

-- the kiosk filter's list, and one kiosk's days
CREATE INDEX usage_rollup_kiosk_ix ON usage_rollup (kiosk_id, visit_day);
