-- The schema's completion mark: its row is inserted by the transaction that runs every sql/schema and
-- sql/views file, so a warehouse holding it is whole and one without it was never finished (a run that was
-- killed while creating the file leaves no tables at all); the next run completes it.
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    applied_at TIMESTAMPTZ NOT NULL
);
