-- The batch's spellings of each entity are counted into dim_entity_spelling; an entity's canonical name is its
-- most written spelling across the warehouse, ties to the first in byte order ('El TPS' before 'el TPS'), and
-- a new entity's country code the batch's most frequent, ties likewise: total orders over counts that add up,
-- so neither row order, worker count, timing nor how the articles were cut into batches and runs changes them.
INSERT INTO dim_entity_spelling AS s (entity_key, canonical_name, mentions)
SELECT entity_key, canonical_name, count(*)
FROM stg_entity_mention
GROUP BY ALL
ON CONFLICT (entity_key, canonical_name) DO UPDATE SET mentions = s.mentions + excluded.mentions;

CREATE OR REPLACE TEMP TABLE batch_spelling AS
SELECT entity_key, canonical_name
FROM dim_entity_spelling
WHERE entity_key IN (SELECT entity_key FROM stg_entity_mention)
QUALIFY row_number() OVER (PARTITION BY entity_key ORDER BY mentions DESC, canonical_name) = 1;

UPDATE dim_entity SET canonical_name = b.canonical_name
FROM batch_spelling b
WHERE dim_entity.entity_key = b.entity_key AND dim_entity.canonical_name <> b.canonical_name;

INSERT INTO dim_entity (entity_key, canonical_name, label, first_run_id, country_code)
WITH country AS (
    SELECT entity_key, country_code
    FROM stg_entity_mention
    WHERE country_code IS NOT NULL
    GROUP BY entity_key, country_code
    QUALIFY row_number() OVER (PARTITION BY entity_key ORDER BY count(*) DESC, country_code) = 1
)
SELECT b.entity_key, b.canonical_name, any_value(m.label), getvariable('run_id'), any_value(c.country_code)
FROM batch_spelling b
JOIN stg_entity_mention m USING (entity_key)
LEFT JOIN country c USING (entity_key)
WHERE b.entity_key NOT IN (SELECT entity_key FROM dim_entity)
GROUP BY b.entity_key, b.canonical_name;
