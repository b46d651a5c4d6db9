-- Intermediate (used by the money marts): one row per money mention × linked entity, current article
-- versions only, however often the entity appears in the sentence; `as_payer`/`as_recipient` where the
-- parse gave it that role (fact_money_entity.role).
CREATE OR REPLACE VIEW int_money_party AS
SELECT
    m.article_id,
    m.start_char AS money_start_char,
    m.amount,
    m.currency_code,
    year(a.published_date) AS year,
    e.entity_key,
    e.canonical_name,
    e.label,
    e.country_code,
    bool_or(p.role = 'payer') AS as_payer,
    bool_or(p.role = 'recipient') AS as_recipient
FROM fact_money_entity p
JOIN fact_money_mention m ON m.article_id = p.article_id AND m.start_char = p.money_start_char
JOIN dim_article a ON a.article_id = m.article_id AND a.is_current
JOIN dim_entity e ON e.entity_key = p.entity_key
GROUP BY ALL;
