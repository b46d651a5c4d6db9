-- Conversions: the figures an article gives only to restate a money event's amount in other currencies
-- ("1.2bn euros ($1.6bn; £0.9bn)": the event is the euros, the dollars and pounds are its conversions; rules
-- in transforms/conversions.py). Never summed: the event keeps the original amount and currency.
CREATE TABLE IF NOT EXISTS fact_money_conversion (
    article_id        BIGINT NOT NULL,
    event_index       INTEGER NOT NULL,        -- the fact_money_event it converts
    money_start_char  INTEGER NOT NULL,        -- its fact_money_mention
    amount            DECIMAL(38, 4) NOT NULL,
    amount_low        DECIMAL(38, 4) NOT NULL,
    amount_high       DECIMAL(38, 4) NOT NULL,
    currency_code     VARCHAR NOT NULL,
    surface_text      VARCHAR NOT NULL,        -- as written: "$1.6bn"
    run_id            VARCHAR NOT NULL,
    PRIMARY KEY (article_id, event_index, money_start_char)
);

ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS rows_fact_money_conversion INTEGER DEFAULT 0;
