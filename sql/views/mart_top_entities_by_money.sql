-- Entities by the money events they are involved in, per currency (current versions, rates excluded).
-- Grain: entity × currency; sums warehouse money events (a transfer reported by several articles counts
-- once) and each event counts once per entity; `paid`/`received` where the event names the entity its
-- payer/recipient; `articles` reported them.
-- depends on: int_money_party
CREATE OR REPLACE VIEW mart_top_entities_by_money AS
SELECT
    canonical_name,
    label,
    currency_code,
    count(*) AS events,
    sum(amount) AS total_amount,
    coalesce(sum(amount) FILTER (WHERE as_payer), 0) AS paid,
    coalesce(sum(amount) FILTER (WHERE as_recipient), 0) AS received,
    sum(amount_usd) AS total_usd,
    len(list_distinct(flatten(list(article_ids)))) AS articles
FROM int_money_party
GROUP BY canonical_name, label, currency_code
ORDER BY currency_code, total_amount DESC, canonical_name;
