-- Money events: one row per transfer or figure an article reports (current versions), restatements merged
-- (transforms/events.py), with the warehouse event it belongs to (`money_event_key`: dim_money_event,
-- transforms/money_links.py) and how many articles reported that event, first and last. Grain: per-article
-- event. To total money, sum warehouse events (mart_money_by_currency_year, or one row per
-- `money_event_key`), within one currency or `amount_usd` across currencies, and only `WHERE NOT is_rate`.
-- `is_request`: asked for, offered or planned, not a completed transfer (NULL on events loaded before the
-- flag existed).
-- depends on: int_money_event, int_money_event_warehouse
CREATE OR REPLACE VIEW mart_money_events AS
SELECT
    e.event_id, e.article_id, e.amount, e.amount_low, e.amount_high, e.currency_code, e.amount_usd, e.amount_eur,
    e.fx_rate_date, e.fx_note, e.is_rate, e.is_request, e.per, e.payer, e.recipient, e.event_date,
    e.event_date_granularity,
    e.event_date_source, e.mention_count, e.first_sentence,
    w.money_event_key, w.purpose, w.reported_in_articles, w.first_reported, w.last_reported
FROM int_money_event e
JOIN int_money_event_warehouse w ON w.money_event_key = coalesce(e.money_event_key, 'ME-' || e.event_id)
ORDER BY e.article_id, e.event_id;
