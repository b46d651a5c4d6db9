-- Entities that may be one with an entity of the batch: the same name (stg_identity_name, case-folded), or
-- a person with a batch person's surname among its words (stg_identity_surname). With their mention count
-- and the title they are most often written with (ties to the first in byte order), in key order.
WITH candidate AS (
    SELECT entity_key, canonical_name, label
    FROM dim_entity
    WHERE lower(canonical_name) IN (SELECT name FROM stg_identity_name)
       OR (
           label = 'PERSON'
           AND list_has_any(string_split(lower(canonical_name), ' '), (SELECT list(surname) FROM stg_identity_surname))
       )
), titled AS (
    SELECT c.entity_key, c.canonical_name, c.label, m.role, count(m.entity_key) AS mentions
    FROM candidate c LEFT JOIN fact_entity_mention m USING (entity_key)
    GROUP BY ALL
)
SELECT entity_key, canonical_name, label, sum(mentions)::BIGINT AS mentions,
       first(role ORDER BY mentions DESC, role) FILTER (WHERE role IS NOT NULL) AS role
FROM titled
GROUP BY ALL
ORDER BY entity_key;
