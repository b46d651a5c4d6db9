-- Entities by number of mentions and of articles mentioning them (current article versions only).
CREATE OR REPLACE VIEW mart_top_entities AS
SELECT
    e.canonical_name,
    e.label,
    count(*) AS mentions,
    count(DISTINCT m.article_id) AS articles
FROM fact_entity_mention m
JOIN dim_entity e USING (entity_key)
JOIN dim_article a USING (article_id)
WHERE a.is_current
GROUP BY ALL
ORDER BY mentions DESC, e.canonical_name;
