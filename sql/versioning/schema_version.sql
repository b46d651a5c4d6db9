-- The numbered migrations (sql/migrations/NNNN_name.sql) this warehouse has applied, one row each. The rows
-- are written by the transaction that applies the migrations, the reference data and every view, so a
-- warehouse holding a row is whole, and one without was never finished (a run killed while creating the file
-- leaves no tables at all); the next run completes it.
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,            -- the file's NNNN
    applied_at TIMESTAMPTZ NOT NULL,
    name       VARCHAR                         -- the file's name: 0001_initial
);

-- A warehouse made before numbered migrations holds the table without `name`: its one row, version 1, is the
-- schema that 0001_initial.sql now creates.
ALTER TABLE schema_version ADD COLUMN IF NOT EXISTS name VARCHAR;
UPDATE schema_version SET name = '0001_initial' WHERE version = 1 AND name IS NULL;
