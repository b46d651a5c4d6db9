-- Pairs of distinct entities named in the same sentence, with how many sentences and articles
-- (current versions). Each pair appears once, entity_a < entity_b by key.
CREATE OR REPLACE VIEW mart_entity_cooccurrence AS
WITH sentence_entity AS (
    SELECT DISTINCT m.article_id, m.sentence_index, m.entity_key
    FROM fact_entity_mention m
    JOIN dim_article a ON a.article_id = m.article_id AND a.is_current
)
SELECT
    ea.canonical_name AS entity_a,
    ea.label AS label_a,
    eb.canonical_name AS entity_b,
    eb.label AS label_b,
    count(*) AS sentences,
    count(DISTINCT x.article_id) AS articles
FROM sentence_entity x
JOIN sentence_entity y
    ON x.article_id = y.article_id AND x.sentence_index = y.sentence_index AND x.entity_key < y.entity_key
JOIN dim_entity ea ON ea.entity_key = x.entity_key
JOIN dim_entity eb ON eb.entity_key = y.entity_key
GROUP BY ALL
ORDER BY sentences DESC, entity_a, entity_b;
