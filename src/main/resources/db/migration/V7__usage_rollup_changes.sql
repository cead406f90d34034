-- Which days' usage counts changed, so an open dashboard that keeps counts in memory re-reads
-- only those days (and their months) when it refreshes, not everything it shows.
-- One row per day and kiosk that a visit write touched: its version goes up by one in the same
-- transaction as the counts (per kiosk, as the counts are, so two kiosks saving visits on the same
-- day do not wait for each other's row). A reader remembers the versions it saw; a day with a
-- version that differs, or a new row, changed. The day 0001-01-01 with kiosk '' stands for
-- "everything" (a rebuild, or demo visits removed on every day).

CREATE TABLE usage_rollup_change (
    visit_day DATE        NOT NULL,
    kiosk_id  VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT usage_rollup_change_pk PRIMARY KEY (visit_day, kiosk_id)
);
