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
