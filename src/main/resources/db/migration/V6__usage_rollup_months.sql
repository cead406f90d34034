-- A coarser level of the usage rollup, so 12 months read a few thousand rows, not ~100 per
-- kiosk-day: the same counts per calendar month (visit_month is the month's first day).
-- The hour measure's bucket here is "weekday:hour" (ISO weekday, 1 = Monday, e.g. "1:9"),
-- as the hour-by-weekday chart needs the weekday that a month's total would lose.
-- Kept up to date in the same transaction as the daily rows; filled from them when the
-- store opens and finds it empty while the daily level is not (RollupRows.rebuildIfMissing).
--
-- Both levels lead with the measure, so a query reads one measure's days or months as one
-- range of the primary key, without stepping over the other measures' rows.

ALTER TABLE usage_rollup DROP CONSTRAINT usage_rollup_pk;
ALTER TABLE usage_rollup ADD CONSTRAINT usage_rollup_pk PRIMARY KEY (measure, visit_day, kiosk_id, demo, bucket);

CREATE TABLE usage_rollup_month (
    measure     VARCHAR(16) NOT NULL,
    visit_month DATE        NOT NULL,
    kiosk_id    VARCHAR(32) NOT NULL,
    demo        BOOLEAN     NOT NULL,
    bucket      VARCHAR(48) NOT NULL,
    visits      BIGINT      NOT NULL,
    CONSTRAINT usage_rollup_month_pk PRIMARY KEY (measure, visit_month, kiosk_id, demo, bucket),
    CONSTRAINT usage_rollup_month_visits_ck CHECK (visits > 0)
);
