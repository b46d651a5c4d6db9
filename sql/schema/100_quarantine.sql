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
