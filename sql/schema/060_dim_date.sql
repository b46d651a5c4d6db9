-- The calendar, FIRST_YEAR..LAST_YEAR of transforms/vocab.py (set as variables by the pipeline): one row per
-- day, with the first day of its week, month, quarter, half, decade and century, so a date value of any
-- granularity (always the first day of its period) joins `date_key`, and any grouping is one column away.
CREATE TABLE IF NOT EXISTS dim_date (
    date_key       DATE PRIMARY KEY,
    year           INTEGER NOT NULL,
    quarter        INTEGER NOT NULL,
    month          INTEGER NOT NULL,
    month_name     VARCHAR NOT NULL,
    day            INTEGER NOT NULL,
    day_of_week    INTEGER NOT NULL,           -- ISO: Monday = 1
    day_name       VARCHAR NOT NULL,
    iso_week       INTEGER NOT NULL,
    is_weekend     BOOLEAN NOT NULL
);

ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS iso_year INTEGER;
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS week_start DATE;       -- the Monday of its ISO week
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS week_key VARCHAR;      -- 2013-W12
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS month_start DATE;
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS quarter_start DATE;
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS quarter_key VARCHAR;   -- 2013-Q1
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS half_start DATE;
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS decade INTEGER;        -- 1990 for the 1990s
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS century INTEGER;       -- 19 for 1900-1999 (TimeML's "19")

INSERT INTO dim_date (date_key, year, quarter, month, month_name, day, day_of_week, day_name, iso_week, is_weekend)
SELECT
    d::DATE,
    year(d), quarter(d), month(d), monthname(d), day(d), isodow(d), dayname(d), weekofyear(d),
    isodow(d) IN (6, 7)
FROM generate_series(
    make_timestamp(getvariable('first_year'), 1, 1, 0, 0, 0),
    make_timestamp(getvariable('last_year'), 12, 31, 0, 0, 0),
    INTERVAL 1 DAY
) AS t(d)
WHERE NOT EXISTS (SELECT 1 FROM dim_date WHERE date_key = make_date(getvariable('first_year'), 1, 1))
   OR NOT EXISTS (SELECT 1 FROM dim_date WHERE date_key = make_date(getvariable('last_year'), 12, 31))
ON CONFLICT DO NOTHING;

UPDATE dim_date SET
    iso_year = isoyear(date_key),
    week_start = date_key - (isodow(date_key) - 1)::INTEGER,
    week_key = printf('%04d-W%02d', isoyear(date_key), weekofyear(date_key)),
    month_start = date_trunc('month', date_key)::DATE,
    quarter_start = date_trunc('quarter', date_key)::DATE,
    quarter_key = printf('%04d-Q%d', year(date_key), quarter(date_key)),
    half_start = make_date(year(date_key), CASE WHEN month(date_key) <= 6 THEN 1 ELSE 7 END, 1),
    decade = year(date_key) // 10 * 10,
    century = year(date_key) // 100
WHERE week_start IS NULL;
