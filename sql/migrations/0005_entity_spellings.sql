-- How often the batches wrote each spelling of an entity's canonical name ('El TPS', 'el TPS': one key), so
-- dim_entity.canonical_name is the warehouse's most written one whichever batches the articles came in.
-- An entity loaded before the table existed starts with its canonical name at its mention count.
CREATE TABLE IF NOT EXISTS dim_entity_spelling (
    entity_key      VARCHAR NOT NULL,
    canonical_name  VARCHAR NOT NULL,
    mentions        BIGINT NOT NULL,
    PRIMARY KEY (entity_key, canonical_name)
);

INSERT INTO dim_entity_spelling (entity_key, canonical_name, mentions)
SELECT e.entity_key, e.canonical_name, count(m.entity_key)
FROM dim_entity e LEFT JOIN fact_entity_mention m USING (entity_key)
GROUP BY ALL;
