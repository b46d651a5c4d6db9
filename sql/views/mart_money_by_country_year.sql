-- Money per country (of the places and demonyms in the amount's sentence), currency and publication year
-- (current versions). Each amount counts once per country even when several of its places share it
-- ("India" and "New Delhi"); `paid`/`received` where a place of that country was payer/recipient.
CREATE OR REPLACE VIEW mart_money_by_country_year AS
WITH link AS (
    SELECT p.article_id, p.money_start_char, e.country_code,
           bool_or(p.role = 'payer') AS as_payer, bool_or(p.role = 'recipient') AS as_recipient
    FROM fact_money_entity p
    JOIN dim_entity e USING (entity_key)
    WHERE e.country_code IS NOT NULL
    GROUP BY ALL
)
SELECT
    l.country_code,
    m.currency_code,
    year(a.published_date) AS year,
    count(*) AS money_mentions,
    sum(m.amount) AS total_amount,
    coalesce(sum(m.amount) FILTER (WHERE l.as_payer), 0) AS paid,
    coalesce(sum(m.amount) FILTER (WHERE l.as_recipient), 0) AS received,
    count(DISTINCT m.article_id) AS articles
FROM link l
JOIN fact_money_mention m ON m.article_id = l.article_id AND m.start_char = l.money_start_char
JOIN dim_article a ON a.article_id = m.article_id AND a.is_current
GROUP BY ALL
ORDER BY l.country_code, m.currency_code, year;
