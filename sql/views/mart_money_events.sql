-- Money events: one row per transfer or figure an article reports (current versions), restatements merged
-- (transforms/events.py). Grain: event. Sum `amount` within one currency, or `amount_usd` across
-- currencies, and only `WHERE NOT is_rate` (rates are per share, month, unit… and never add up). `is_request`:
-- asked for, offered or planned, not a completed transfer (NULL on events loaded before the flag existed).
CREATE OR REPLACE VIEW mart_money_events AS
SELECT
    event_id, article_id, amount, amount_low, amount_high, currency_code, amount_usd, amount_eur, fx_rate_date,
    fx_note, is_rate, is_request, per, payer, recipient, event_date, event_date_granularity, event_date_source,
    mention_count, first_sentence
FROM int_money_event
ORDER BY article_id, event_id;
