CREATE TABLE IF NOT EXISTS dim_entity (
    entity_key      VARCHAR PRIMARY KEY,     -- LABEL:case-folded canonical name
    canonical_name  VARCHAR NOT NULL,
    label           VARCHAR NOT NULL,
    first_run_id    VARCHAR
);
