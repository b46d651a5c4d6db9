-- One row per money event: a transfer or figure an article reports, however often it restates it
-- (rules in transforms/events.py; contract in news_etl/contracts.py). `is_rate` amounts (per share, year,
-- unit…) are never summed with amounts. Mentions stay at their own grain in fact_money_mention; an event
-- points at its first mention by (article_id, first_money_start_char).
CREATE TABLE IF NOT EXISTS fact_money_event (
    article_id              BIGINT NOT NULL,
    event_index             INTEGER NOT NULL,        -- order of the event in its article
    amount                  DECIMAL(38, 4) NOT NULL,
    amount_low              DECIMAL(38, 4) NOT NULL,
    amount_high             DECIMAL(38, 4) NOT NULL,
    currency_code           VARCHAR NOT NULL,
    per                     VARCHAR,
    is_rate                 BOOLEAN NOT NULL,
    payer_key               VARCHAR,                 -- dim_entity.entity_key; NULL when the text names none
    recipient_key           VARCHAR,
    event_date              DATE,                    -- the first dated phrase of the sentence, else publication
    event_date_granularity  VARCHAR,                 -- day | month | year | …
    event_date_source       VARCHAR,                 -- text | published
    mention_count           INTEGER NOT NULL,
    first_money_start_char  INTEGER NOT NULL,
    first_sentence_index    INTEGER NOT NULL,
    first_sentence_text     VARCHAR NOT NULL,
    run_id                  VARCHAR NOT NULL,
    PRIMARY KEY (article_id, event_index)
);

-- Asked for, offered or planned ("is seeking $300 million", "a $4.9 billion bid"), not a completed transfer;
-- NULL on events loaded before the flag existed.
ALTER TABLE fact_money_event ADD COLUMN IF NOT EXISTS is_request BOOLEAN;
