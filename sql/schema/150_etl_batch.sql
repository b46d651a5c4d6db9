-- One row per loaded batch, written in the batch's own transaction: a load task retried after its commit
-- finds its batch here and loads nothing twice (sql/load/ is not replayed).
CREATE TABLE IF NOT EXISTS etl_batch (
    run_id     VARCHAR NOT NULL,
    batch_no   INTEGER NOT NULL,
    rows       JSON NOT NULL,                   -- the rows it loaded, per table
    loaded_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, batch_no)
);
