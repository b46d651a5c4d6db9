-- Entities by the money mentioned in their sentences, per currency (current versions). Each amount counts
-- once per entity; `paid`/`received` only where the parse made the entity the payer/recipient.
CREATE OR REPLACE VIEW mart_top_entities_by_money AS
SELECT
    canonical_name,
    label,
    currency_code,
    count(*) AS money_mentions,
    sum(amount) AS total_amount,
    coalesce(sum(amount) FILTER (WHERE as_payer), 0) AS paid,
    coalesce(sum(amount) FILTER (WHERE as_recipient), 0) AS received,
    count(DISTINCT article_id) AS articles
FROM int_money_party
GROUP BY ALL
ORDER BY currency_code, total_amount DESC, canonical_name;
