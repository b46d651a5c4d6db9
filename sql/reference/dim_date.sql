-- The calendar of dim_date, FIRST_YEAR..LAST_YEAR of transforms/vocab.py (set as variables by the pipeline),
-- filled each time the warehouse is opened: days missing at either end are added, derived columns filled.
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
