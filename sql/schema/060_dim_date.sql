-- Calendar 1900-2100, filled once.
CREATE TABLE IF NOT EXISTS dim_date (
    date_key     DATE PRIMARY KEY,
    year         INTEGER NOT NULL,
    quarter      INTEGER NOT NULL,
    month        INTEGER NOT NULL,
    month_name   VARCHAR NOT NULL,
    day          INTEGER NOT NULL,
    day_of_week  INTEGER NOT NULL,           -- ISO: Monday = 1
    day_name     VARCHAR NOT NULL,
    iso_week     INTEGER NOT NULL,
    is_weekend   BOOLEAN NOT NULL
);

INSERT INTO dim_date
SELECT
    d::DATE,
    year(d), quarter(d), month(d), monthname(d), day(d), isodow(d), dayname(d), weekofyear(d),
    isodow(d) IN (6, 7)
FROM generate_series(TIMESTAMP '1900-01-01', TIMESTAMP '2100-12-31', INTERVAL 1 DAY) AS t(d)
WHERE NOT EXISTS (SELECT 1 FROM dim_date);
