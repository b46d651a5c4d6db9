-- Every merge of one entity key into another (transforms/identity.py), so that history is explainable: a key
-- that was merged names where its mentions went and why. Chains are kept flat: `to_key` is always the
-- entity that holds the mentions now.
CREATE TABLE IF NOT EXISTS entity_merge (
    from_key   VARCHAR PRIMARY KEY,
    to_key     VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL,
    run_id     VARCHAR NOT NULL,
    merged_at  TIMESTAMPTZ NOT NULL
);
