CREATE TABLE IF NOT EXISTS fact_date_mention (
    article_id      BIGINT NOT NULL,
    surface_text    VARCHAR NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence_text   VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL
);

-- Added with date normalisation (transforms/dates.py); ADD ... IF NOT EXISTS upgrades older warehouses.
ALTER TABLE fact_date_mention ADD COLUMN IF NOT EXISTS date_value DATE;          -- NULL when vague
ALTER TABLE fact_date_mention ADD COLUMN IF NOT EXISTS granularity VARCHAR;      -- day | month | year | vague
