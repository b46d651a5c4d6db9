-- Entities by the money mentioned in their sentences, per currency (current versions). Each amount counts
-- once per entity however often the entity appears in its sentence; `paid`/`received` only where the
-- parse made the entity the payer/recipient (fact_money_entity.role).
CREATE OR REPLACE VIEW mart_top_entities_by_money AS
WITH link AS (
    SELECT entity_key, article_id, money_start_char,
           bool_or(role = 'payer') AS as_payer, bool_or(role = 'recipient') AS as_recipient
    FROM fact_money_entity
    GROUP BY ALL
)
SELECT
    e.canonical_name,
    e.label,
    m.currency_code,
    count(*) AS money_mentions,
    sum(m.amount) AS total_amount,
    coalesce(sum(m.amount) FILTER (WHERE l.as_payer), 0) AS paid,
    coalesce(sum(m.amount) FILTER (WHERE l.as_recipient), 0) AS received,
    count(DISTINCT m.article_id) AS articles
FROM link l
JOIN fact_money_mention m ON m.article_id = l.article_id AND m.start_char = l.money_start_char
JOIN dim_article a ON a.article_id = m.article_id AND a.is_current
JOIN dim_entity e ON e.entity_key = l.entity_key
GROUP BY ALL
ORDER BY m.currency_code, total_amount DESC, e.canonical_name;
