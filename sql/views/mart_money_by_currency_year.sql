-- Money per currency and year of the event (current versions). Grain: currency × year; sums warehouse
-- money events (int_money_event_warehouse: a transfer reported by several articles counts once, its
-- conversions never), never mentions and never rates (per share, month, unit…). `total_usd` converts each
-- event at the ECB rate of its first report's date (NULL events: no rate; see mart_money_events).
-- depends on: int_money_event_warehouse
CREATE OR REPLACE VIEW mart_money_by_currency_year AS
SELECT
    e.currency_code,
    c.currency_name,
    year(e.event_date) AS year,
    count(*) AS events,
    sum(e.reports) AS reports,                 -- per-article events linked into them
    sum(e.mentions) AS mentions,
    sum(e.amount) AS total_amount,             -- a range counts as its low end here…
    sum(e.amount_high) AS total_amount_high,   -- …and as its high end here
    sum(e.amount_usd) AS total_usd,
    count(*) FILTER (WHERE e.amount_usd IS NULL) AS events_without_usd,
    len(list_distinct(flatten(list(e.article_ids)))) AS articles
FROM int_money_event_warehouse e
LEFT JOIN dim_currency c USING (currency_code)
WHERE NOT e.is_rate
GROUP BY ALL
ORDER BY e.currency_code, year;
