-- Who paid whom how much, and when. Grain: one money event (transforms/events.py) with a payer or a
-- recipient, current article versions, rates excluded: sum `amount` per currency or `amount_usd` across them.
-- `when_date` is the event's date: the dated phrase of its sentence nearest the amount, else publication.
-- depends on: int_money_event
CREATE OR REPLACE VIEW mart_money_flows AS
SELECT
    event_id,
    article_id,
    payer,
    payer_country,
    recipient,
    recipient_country,
    amount,
    currency_code,
    amount_usd,
    event_date AS when_date,
    event_date_granularity AS when_granularity,
    event_date_source AS when_source,
    mention_count,
    first_sentence AS sentence_text
FROM int_money_event
WHERE NOT is_rate AND (payer IS NOT NULL OR recipient IS NOT NULL)
ORDER BY when_date, article_id, event_id;
