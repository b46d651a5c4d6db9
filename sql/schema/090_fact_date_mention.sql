-- One row per temporal expression (TimeML TIMEX3: a DATE or TIME with its calendar value, a DURATION, a SET),
-- typed and valued by transforms/dates.py. Contract: news_etl/contracts.py.
CREATE TABLE IF NOT EXISTS fact_date_mention (
    article_id      BIGINT NOT NULL,
    surface_text    VARCHAR NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence_text   VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL,
    date_value      DATE,                    -- NULL when vague
    granularity     VARCHAR NOT NULL,        -- day | week | month | quarter | season | half | year | decade | century | ref | vague
    date_end        DATE,                    -- an explicit range's last period ("2009-2010" → 2010-01-01)
    timex_value     VARCHAR,                 -- TimeML value: 2013-W12, 2013-Q1, 199, PRESENT_REF, P5Y
    timex_type      VARCHAR NOT NULL DEFAULT 'DATE',  -- DATE | TIME | DURATION | SET: only DATE and TIME are dates
    PRIMARY KEY (article_id, start_char)      -- a mention is its article version and offset
);

-- Warehouses made before date normalisation gain the columns (nullable there).
ALTER TABLE fact_date_mention ADD COLUMN IF NOT EXISTS date_value DATE;
ALTER TABLE fact_date_mention ADD COLUMN IF NOT EXISTS granularity VARCHAR;
ALTER TABLE fact_date_mention ADD COLUMN IF NOT EXISTS date_end DATE;
ALTER TABLE fact_date_mention ADD COLUMN IF NOT EXISTS timex_value VARCHAR;
-- Rows written before durations and sets were kept are all dates.
ALTER TABLE fact_date_mention ADD COLUMN IF NOT EXISTS timex_type VARCHAR DEFAULT 'DATE';
