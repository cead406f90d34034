-- The usage rollup packed: one row per day, kiosk and demo flag (and one per month, kiosk and
-- demo flag) holding every counter of that bucket, instead of one row per counter. The first
-- 12-month read of a dashboard then reads about 160 rows instead of about 40,000 (at a million
-- visits), and a visit write reads and rewrites two rows instead of about twenty.
--
-- A pack is text in UTF-8, one counter per line: measure TAB bucket TAB visits LF, in the order
-- of measure then bucket (com.neckkiosk.store.RollupPacks reads and writes it). Buckets are as
-- in V5 and V6, with one addition: in a month's pack the measures charted by day (disposition,
-- sheet) keep their days, as "day-of-month/bucket" (e.g. "14/URGENT"), so the charts of whole
-- months need no day rows. Days only, as before: nothing here is finer than a day, except the
-- hour measure's hour of day, as in V5.
--
-- Both are filled here from the V5/V6 rows they replace, which then go.

CREATE TABLE usage_day_pack (
    visit_day DATE        NOT NULL,
    kiosk_id  VARCHAR(32) NOT NULL,
    demo      BOOLEAN     NOT NULL,
    counts    BYTEA       NOT NULL,
    CONSTRAINT usage_day_pack_pk PRIMARY KEY (visit_day, kiosk_id, demo)
);

CREATE TABLE usage_month_pack (
    visit_month DATE        NOT NULL,
    kiosk_id    VARCHAR(32) NOT NULL,
    demo        BOOLEAN     NOT NULL,
    counts      BYTEA       NOT NULL,
    CONSTRAINT usage_month_pack_pk PRIMARY KEY (visit_month, kiosk_id, demo)
);

-- the kiosk filter's list: the kiosks with visits, without reading the packs
CREATE INDEX usage_month_pack_kiosk_ix ON usage_month_pack (kiosk_id);

INSERT INTO usage_day_pack (visit_day, kiosk_id, demo, counts)
SELECT visit_day, kiosk_id, demo,
       CAST(STRING_AGG(measure || CHR(9) || bucket || CHR(9) || CAST(visits AS VARCHAR(20)) || CHR(10), ''
            ORDER BY measure, bucket) AS BYTEA)
FROM usage_rollup
GROUP BY visit_day, kiosk_id, demo;

INSERT INTO usage_month_pack (visit_month, kiosk_id, demo, counts)
SELECT visit_month, kiosk_id, demo,
       CAST(STRING_AGG(measure || CHR(9) || bucket || CHR(9) || CAST(visits AS VARCHAR(20)) || CHR(10), ''
            ORDER BY measure, bucket) AS BYTEA)
FROM (
    SELECT visit_month, kiosk_id, demo, measure, bucket, visits
    FROM usage_rollup_month
    WHERE measure NOT IN ('disposition', 'sheet')
    UNION ALL
    SELECT CAST(DATE_TRUNC('MONTH', visit_day) AS DATE), kiosk_id, demo, measure,
           CAST(EXTRACT(DAY FROM visit_day) AS VARCHAR(2)) || '/' || bucket, visits
    FROM usage_rollup
    WHERE measure IN ('disposition', 'sheet')
) AS counters
GROUP BY visit_month, kiosk_id, demo;

DROP TABLE usage_rollup;
DROP TABLE usage_rollup_month;
