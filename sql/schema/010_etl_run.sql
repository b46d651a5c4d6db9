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
    error                VARCHAR
);

ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS rows_fact_money_entity INTEGER DEFAULT 0;
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS rows_fact_money_event INTEGER DEFAULT 0;
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS rows_fact_money_event_mention INTEGER DEFAULT 0;
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS files_ignored INTEGER DEFAULT 0;     -- inbox entries that are not articles
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS ignored_by_reason JSON;
