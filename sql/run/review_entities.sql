-- Every entity with its mention count and usual title, for `news-etl entities` (the curators' review queue).
SELECT e.entity_key, e.canonical_name, e.label, count(m.entity_key) AS mentions, mode(m.role) AS role
FROM dim_entity e
LEFT JOIN fact_entity_mention m USING (entity_key)
GROUP BY ALL;
