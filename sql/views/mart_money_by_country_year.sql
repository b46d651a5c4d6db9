-- Money per country (of the places and demonyms the event involves), currency and year of the event
-- (current versions, rates excluded). Grain: country × currency × year; sums warehouse money events
-- (int_money_event_warehouse: a transfer reported by several articles counts once) and each event counts
-- once per country even when several of its places share it ("India" and "New Delhi"); `paid`/`received`
-- where a place of that country was the event's payer/recipient; `articles` reported them.
-- depends on: int_money_party
CREATE OR REPLACE VIEW mart_money_by_country_year AS
WITH per_country AS (
    SELECT event_id, any_value(article_ids) AS article_ids, amount, amount_usd, currency_code, year, country_code,
           bool_or(as_payer) AS as_payer, bool_or(as_recipient) AS as_recipient
    FROM int_money_party
    WHERE country_code IS NOT NULL
    GROUP BY event_id, amount, amount_usd, currency_code, year, country_code
)
SELECT
    country_code,
    currency_code,
    year,
    count(*) AS events,
    sum(amount) AS total_amount,
    coalesce(sum(amount) FILTER (WHERE as_payer), 0) AS paid,
    coalesce(sum(amount) FILTER (WHERE as_recipient), 0) AS received,
    sum(amount_usd) AS total_usd,
    len(list_distinct(flatten(list(article_ids)))) AS articles
FROM per_country
GROUP BY ALL
ORDER BY country_code, currency_code, year;
