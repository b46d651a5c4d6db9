-- Intermediate (used by the money marts): one row per warehouse money event (int_money_event_warehouse) ×
-- entity it involves, current article versions, rates excluded. An event involves the entities of the
-- sentences of all the mentions of all its reports (fact_money_event_mention → fact_money_entity), and its
-- payer, recipient and purpose; `as_payer`/`as_recipient` are the warehouse event's roles.
-- depends on: int_money_event, int_money_event_warehouse
CREATE OR REPLACE VIEW int_money_party AS
WITH involved AS (
    SELECT coalesce(e.money_event_key, 'ME-' || e.event_id) AS money_event_key, p.entity_key
    FROM int_money_event e
    JOIN fact_money_event_mention x ON x.article_id = e.article_id AND x.event_index = e.event_index
    JOIN fact_money_entity p ON p.article_id = x.article_id AND p.money_start_char = x.money_start_char
    UNION
    SELECT money_event_key, unnest([payer_key, recipient_key, purpose_key]) FROM int_money_event_warehouse
)
SELECT
    e.money_event_key AS event_id,
    e.amount,
    e.amount_usd,
    e.currency_code,
    year(e.event_date) AS year,
    e.reported_in_articles,
    e.article_ids,
    d.entity_key,
    d.canonical_name,
    d.label,
    d.country_code,
    e.payer_key IS NOT DISTINCT FROM d.entity_key AS as_payer,
    e.recipient_key IS NOT DISTINCT FROM d.entity_key AS as_recipient
FROM involved i
JOIN int_money_event_warehouse e USING (money_event_key)
JOIN dim_entity d ON d.entity_key = i.entity_key
WHERE NOT e.is_rate;
