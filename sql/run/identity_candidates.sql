-- Entities that may be one with an entity of the batch: the same name (stg_identity_name, case-folded), or
-- a person with a batch person's surname among its words (stg_identity_surname). With their mention count
-- and the title they are most often written with.
SELECT e.entity_key, e.canonical_name, e.label, count(m.entity_key) AS mentions, mode(m.role) AS role
FROM dim_entity e
LEFT JOIN fact_entity_mention m USING (entity_key)
WHERE lower(e.canonical_name) IN (SELECT name FROM stg_identity_name)
   OR (
       e.label = 'PERSON'
       AND list_has_any(string_split(lower(e.canonical_name), ' '), (SELECT list(surname) FROM stg_identity_surname))
   )
GROUP BY ALL;
