-- Who paid whom how much, and when. Grain: one warehouse money event (int_money_event_warehouse: a
-- transfer reported by several articles is one row) with a payer or a recipient, current article versions,
-- rates excluded: sum `amount` per currency or `amount_usd` across them. `when_date` is its first report's
-- date: the dated phrase of its sentence nearest the amount, else publication.
-- depends on: int_money_event_warehouse
CREATE OR REPLACE VIEW mart_money_flows AS
SELECT
    money_event_key AS event_id,
    article_ids[1] AS article_id,              -- an article that reported it (the lowest id)
    payer,
    payer_country,
    recipient,
    recipient_country,
    purpose,
    amount,
    currency_code,
    amount_usd,
    event_date AS when_date,
    event_date_granularity AS when_granularity,
    event_date_source AS when_source,
    mentions AS mention_count,
    reported_in_articles,
    first_sentence AS sentence_text
FROM int_money_event_warehouse
WHERE NOT is_rate AND (payer IS NOT NULL OR recipient IS NOT NULL)
ORDER BY when_date, article_id, event_id;
