INSERT INTO dim_entity (entity_key, canonical_name, label, first_run_id, country_code)
SELECT entity_key, mode(canonical_name), any_value(label), getvariable('run_id'), mode(country_code)
FROM stg_entity_mention
WHERE entity_key NOT IN (SELECT entity_key FROM dim_entity)
GROUP BY entity_key;
