CREATE TABLE IF NOT EXISTS dim_entity (
    entity_key      VARCHAR PRIMARY KEY,     -- LABEL:case-folded canonical name
    canonical_name  VARCHAR NOT NULL,
    label           VARCHAR NOT NULL,
    first_run_id    VARCHAR
);

-- ISO 3166-1 alpha-2 of a place or demonym (transforms/places.py); NULL for everything else.
ALTER TABLE dim_entity ADD COLUMN IF NOT EXISTS country_code VARCHAR;
