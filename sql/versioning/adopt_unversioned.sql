-- A warehouse made before numbered migrations and before schema_version: every column added to it
-- since 0001_initial's tables first existed, run after 0001_initial.sql (whose CREATE TABLE IF NOT EXISTS
-- creates the tables it lacks and leaves the others as they are). The ALTERs of the DDL as it was then.

ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS rows_fact_money_entity INTEGER DEFAULT 0;
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS rows_fact_money_event INTEGER DEFAULT 0;
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS rows_fact_money_event_mention INTEGER DEFAULT 0;
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS files_ignored INTEGER DEFAULT 0;     -- inbox entries that are not articles
ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS ignored_by_reason JSON;

ALTER TABLE dim_article ADD COLUMN IF NOT EXISTS dateline_place VARCHAR;

ALTER TABLE dim_entity ADD COLUMN IF NOT EXISTS country_code VARCHAR;

ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS iso_year INTEGER;
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS week_start DATE;       -- the Monday of its ISO week
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS week_key VARCHAR;      -- 2013-W12
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS month_start DATE;
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS quarter_start DATE;
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS quarter_key VARCHAR;   -- 2013-Q1
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS half_start DATE;
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS decade INTEGER;        -- 1990 for the 1990s
ALTER TABLE dim_date ADD COLUMN IF NOT EXISTS century INTEGER;       -- 19 for 1900-1999 (TimeML's "19")

ALTER TABLE fact_entity_mention ADD COLUMN IF NOT EXISTS role VARCHAR;

ALTER TABLE fact_date_mention ADD COLUMN IF NOT EXISTS date_value DATE;
ALTER TABLE fact_date_mention ADD COLUMN IF NOT EXISTS granularity VARCHAR;
ALTER TABLE fact_date_mention ADD COLUMN IF NOT EXISTS date_end DATE;
ALTER TABLE fact_date_mention ADD COLUMN IF NOT EXISTS timex_value VARCHAR;
