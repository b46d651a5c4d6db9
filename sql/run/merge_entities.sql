-- Apply stg_entity_merge (from_key, to_key, reason): every fact that named from_key names to_key, the alias
-- counts move, from_key leaves dim_entity and dim_entity_spelling, and entity_merge records it (chains flattened).
UPDATE fact_entity_mention SET entity_key = m.to_key
FROM stg_entity_merge m WHERE fact_entity_mention.entity_key = m.from_key;

UPDATE fact_money_entity SET entity_key = m.to_key
FROM stg_entity_merge m WHERE fact_money_entity.entity_key = m.from_key;

UPDATE fact_money_event SET payer_key = m.to_key
FROM stg_entity_merge m WHERE fact_money_event.payer_key = m.from_key;

UPDATE fact_money_event SET recipient_key = m.to_key
FROM stg_entity_merge m WHERE fact_money_event.recipient_key = m.from_key;

UPDATE fact_money_event SET purpose_key = m.to_key
FROM stg_entity_merge m WHERE fact_money_event.purpose_key = m.from_key;

INSERT INTO dim_entity_alias AS a (entity_key, surface_text, mentions)
SELECT m.to_key, x.surface_text, sum(x.mentions)
FROM dim_entity_alias x JOIN stg_entity_merge m ON x.entity_key = m.from_key
GROUP BY ALL
ON CONFLICT (entity_key, surface_text) DO UPDATE SET mentions = a.mentions + excluded.mentions;

DELETE FROM dim_entity_alias WHERE entity_key IN (SELECT from_key FROM stg_entity_merge);

-- a merged key's spellings are another name's: the entity it joins keeps its own
DELETE FROM dim_entity_spelling WHERE entity_key IN (SELECT from_key FROM stg_entity_merge);

-- the merged entity keeps a country code only its other names carried
UPDATE dim_entity SET country_code = c.country_code
FROM (
    SELECT m.to_key, any_value(e.country_code) AS country_code
    FROM stg_entity_merge m JOIN dim_entity e ON e.entity_key = m.from_key
    WHERE e.country_code IS NOT NULL
    GROUP BY ALL
) c
WHERE dim_entity.entity_key = c.to_key AND dim_entity.country_code IS NULL;

DELETE FROM dim_entity WHERE entity_key IN (SELECT from_key FROM stg_entity_merge);

UPDATE entity_merge SET to_key = m.to_key
FROM stg_entity_merge m WHERE entity_merge.to_key = m.from_key;

INSERT INTO entity_merge AS r (from_key, to_key, reason, run_id, merged_at)
SELECT from_key, to_key, reason, getvariable('run_id'), current_timestamp FROM stg_entity_merge
ON CONFLICT (from_key) DO UPDATE SET
    to_key = excluded.to_key, reason = excluded.reason, run_id = excluded.run_id, merged_at = excluded.merged_at;
