-- Intermediate (used by the money marts): one row per money event × entity it involves, current article
-- versions, rates excluded. An event involves the entities of the sentences of all its mentions
-- (fact_money_event_mention → fact_money_entity); `as_payer`/`as_recipient` are the event's roles.
-- depends on: int_money_event
CREATE OR REPLACE VIEW int_money_party AS
WITH involved AS (
    SELECT e.event_id, p.entity_key
    FROM int_money_event e
    JOIN fact_money_event_mention x ON x.article_id = e.article_id AND x.event_index = e.event_index
    JOIN fact_money_entity p ON p.article_id = x.article_id AND p.money_start_char = x.money_start_char
    UNION
    SELECT event_id, payer_key FROM int_money_event WHERE payer_key IS NOT NULL
    UNION
    SELECT event_id, recipient_key FROM int_money_event WHERE recipient_key IS NOT NULL
)
SELECT
    e.event_id,
    e.article_id,
    e.amount,
    e.amount_usd,
    e.currency_code,
    year(e.event_date) AS year,
    d.entity_key,
    d.canonical_name,
    d.label,
    d.country_code,
    e.payer_key IS NOT DISTINCT FROM d.entity_key AS as_payer,
    e.recipient_key IS NOT DISTINCT FROM d.entity_key AS as_recipient
FROM involved i
JOIN int_money_event e USING (event_id)
JOIN dim_entity d ON d.entity_key = i.entity_key
WHERE NOT e.is_rate;
