-- Who paid whom how much, and when: one row per money mention × payer × recipient (current versions).
-- Payer/recipient come from fact_money_entity roles; NULL where the sentence names none. A mention with two
-- payers appears twice: sum amounts over DISTINCT (article_id, money_start_char), not over rows.
-- `when_date` is the first dated DATE mention of the amount's sentence, else the publication date.
CREATE OR REPLACE VIEW mart_money_flows AS
WITH party AS (
    SELECT p.article_id, p.money_start_char, p.role, e.canonical_name, e.country_code
    FROM fact_money_entity p JOIN dim_entity e USING (entity_key)
    WHERE p.role IN ('payer', 'recipient')
    GROUP BY ALL
),
sentence_date AS (
    SELECT article_id, sentence_index, arg_min(date_value, start_char) AS date_value,
           arg_min(granularity, start_char) AS granularity
    FROM fact_date_mention
    WHERE date_value IS NOT NULL
    GROUP BY ALL
)
SELECT
    m.article_id,
    m.start_char AS money_start_char,
    payer.canonical_name AS payer,
    payer.country_code AS payer_country,
    recipient.canonical_name AS recipient,
    recipient.country_code AS recipient_country,
    m.amount,
    m.currency_code,
    m.per,
    coalesce(d.date_value, a.published_date) AS when_date,
    CASE WHEN d.date_value IS NOT NULL THEN d.granularity ELSE 'day' END AS when_granularity,
    CASE WHEN d.date_value IS NOT NULL THEN 'sentence' ELSE 'published' END AS when_source,
    m.surface_text,
    m.sentence_text
FROM fact_money_mention m
JOIN dim_article a ON a.article_id = m.article_id AND a.is_current
LEFT JOIN party payer
    ON payer.article_id = m.article_id AND payer.money_start_char = m.start_char AND payer.role = 'payer'
LEFT JOIN party recipient
    ON recipient.article_id = m.article_id AND recipient.money_start_char = m.start_char
    AND recipient.role = 'recipient'
LEFT JOIN sentence_date d ON d.article_id = m.article_id AND d.sentence_index = m.sentence_index
ORDER BY when_date, m.article_id, m.start_char;
