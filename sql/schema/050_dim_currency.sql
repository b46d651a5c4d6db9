-- Filled from ISO 4217 (pycountry) by the pipeline when the schema is applied.
CREATE TABLE IF NOT EXISTS dim_currency (
    currency_code  VARCHAR PRIMARY KEY,
    currency_name  VARCHAR NOT NULL
);
