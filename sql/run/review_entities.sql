-- Every entity with its mention count and usual title (ties to the first in byte order), for `news-etl entities`
-- (the curators' review queue).
WITH titled AS (
    SELECT e.entity_key, e.canonical_name, e.label, m.role, count(m.entity_key) AS mentions
    FROM dim_entity e LEFT JOIN fact_entity_mention m USING (entity_key)
    GROUP BY ALL
)
SELECT entity_key, canonical_name, label, sum(mentions)::BIGINT AS mentions,
       first(role ORDER BY mentions DESC, role) FILTER (WHERE role IS NOT NULL) AS role
FROM titled
GROUP BY ALL;
