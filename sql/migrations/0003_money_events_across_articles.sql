-- Money events across articles: conversions of an event, its purpose, and warehouse-wide events with why each
-- report joined one (transforms/conversions.py, transforms/purpose.py, transforms/money_links.py).

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

ALTER TABLE etl_run ADD COLUMN rows_fact_money_conversion INTEGER DEFAULT 0;

-- Warehouse-wide money events: one row per real-world transfer or figure across all articles (rules in
-- transforms/money_links.py, applied at load by news_etl/money_events.py). Every fact_money_event row names
-- its warehouse event in `money_event_key`; money_event_link says why it joined it. The amount is that of
-- the most precise report ("$8.87bn" over "$8.9bn"), the first-named currency.
ALTER TABLE fact_money_event ADD COLUMN purpose_key VARCHAR;      -- dim_entity.entity_key
ALTER TABLE fact_money_event ADD COLUMN purpose_phrase VARCHAR;   -- "buyout", when no entity
ALTER TABLE fact_money_event ADD COLUMN money_event_key VARCHAR;  -- dim_money_event

CREATE TABLE IF NOT EXISTS dim_money_event (
    money_event_key         VARCHAR PRIMARY KEY,     -- 'ME-' || article_id || '-' || event_index of its first report
    amount                  DECIMAL(38, 4) NOT NULL,
    amount_low              DECIMAL(38, 4) NOT NULL,
    amount_high             DECIMAL(38, 4) NOT NULL,
    currency_code           VARCHAR NOT NULL,
    per                     VARCHAR,
    is_rate                 BOOLEAN NOT NULL,
    payer_key               VARCHAR,
    recipient_key           VARCHAR,
    purpose_key             VARCHAR,
    purpose_phrase          VARCHAR,
    event_date              DATE,
    event_date_granularity  VARCHAR,
    reports                 INTEGER NOT NULL,        -- fact_money_event rows joined to it
    run_id                  VARCHAR NOT NULL         -- the run that last rebuilt it
);

-- Why each per-article event joined its warehouse event: `linked_to` is the report it matched (NULL for
-- the first report), `reason` the rule. Rewritten whenever a later article settles or splits the event.
CREATE TABLE IF NOT EXISTS money_event_link (
    article_id       BIGINT NOT NULL,
    event_index      INTEGER NOT NULL,
    money_event_key  VARCHAR NOT NULL,
    linked_to        VARCHAR,                        -- article_id || '-' || event_index
    reason           VARCHAR NOT NULL,
    run_id           VARCHAR NOT NULL,
    linked_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, event_index)
);

-- Pairs of reports that nearly matched (same figure, one anchor missing or weak), for `news-etl money-events`.
CREATE TABLE IF NOT EXISTS money_event_doubt (
    article_id        BIGINT NOT NULL,
    event_index       INTEGER NOT NULL,
    other_article_id  BIGINT NOT NULL,
    other_event_index INTEGER NOT NULL,
    reason            VARCHAR NOT NULL,
    run_id            VARCHAR NOT NULL,
    PRIMARY KEY (article_id, event_index, other_article_id, other_event_index)
);
