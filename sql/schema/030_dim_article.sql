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
    source_deleted   BOOLEAN NOT NULL DEFAULT false
);

-- The place the story was filed from, by its dateline ("SIALKOT , Pakistan 1996-09-01" → Sialkot); see
-- transforms/datelines.py. NULL when the article has no dateline.
ALTER TABLE dim_article ADD COLUMN IF NOT EXISTS dateline_place VARCHAR;
