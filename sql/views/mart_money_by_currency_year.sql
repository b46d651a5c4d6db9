-- Money per currency and year of the event (current versions). Grain: currency × year; sums money events,
-- never mentions (a restated transfer counts once) and never rates (per share, month, unit…).
-- `total_usd` converts each event at the ECB rate of its date (NULL events: no rate; see mart_money_events).
-- depends on: int_money_event
CREATE OR REPLACE VIEW mart_money_by_currency_year AS
SELECT
    e.currency_code,
    c.currency_name,
    year(e.event_date) AS year,
    count(*) AS events,
    sum(e.mention_count) AS mentions,
    sum(e.amount) AS total_amount,             -- a range counts as its low end here…
    sum(e.amount_high) AS total_amount_high,   -- …and as its high end here
    sum(e.amount_usd) AS total_usd,
    count(*) FILTER (WHERE e.amount_usd IS NULL) AS events_without_usd,
    count(DISTINCT e.article_id) AS articles
FROM int_money_event e
LEFT JOIN dim_currency c USING (currency_code)
WHERE NOT e.is_rate
GROUP BY ALL
ORDER BY e.currency_code, year;
