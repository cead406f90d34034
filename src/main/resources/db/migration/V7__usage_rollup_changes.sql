-- Which days' usage counts changed, so an open dashboard that keeps counts in memory re-reads
-- only those days (and their months) when it refreshes, not everything it shows.
-- One row per day that a visit write touched: its version goes up by one in the same
-- transaction as the counts. A reader remembers the versions it saw; a day whose version
-- differs, or that is new, changed. The day 0001-01-01 stands for "everything" (a rebuild,
-- or demo visits removed on every day).

CREATE TABLE usage_rollup_change (
    visit_day DATE   NOT NULL,
    version   BIGINT NOT NULL,
    CONSTRAINT usage_rollup_change_pk PRIMARY KEY (visit_day)
);
