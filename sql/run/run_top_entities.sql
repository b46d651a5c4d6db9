-- The run's most mentioned entities, for its table artifact.
SELECT e.canonical_name AS entity, e.label, count(*) AS mentions
FROM fact_entity_mention m JOIN dim_entity e USING (entity_key)
WHERE m.run_id = $run_id
GROUP BY ALL
ORDER BY mentions DESC, entity
LIMIT 15;
