-- Intermediate (used by the money marts): one row per money event of a current article version
-- (fact_money_event; rules in transforms/events.py), with its parties' names and its value in USD and EUR.
-- FX: the ECB reference rate (dim_fx_rate) of the last ECB day on or before the event's date when the text
-- dates it to the day, else the publication date; a rate more than 7 days older than that date is no rate.
-- No rate (a currency the ECB does not quote, a date before 1999-01-04) → NULL amounts and `fx_note` says why.
CREATE OR REPLACE VIEW int_money_event AS
WITH event AS (
    SELECT
        e.*,
        a.published_date,
        CASE WHEN e.event_date_granularity = 'day' THEN e.event_date
             ELSE coalesce(a.published_date, e.event_date) END AS fx_wanted_date
    FROM fact_money_event e
    JOIN dim_article a ON a.article_id = e.article_id AND a.is_current
),
priced AS (
    SELECT ev.*, r.rate_date AS rate_date, r.units_per_eur AS currency_per_eur
    FROM event ev
    ASOF LEFT JOIN dim_fx_rate r
        ON r.currency_code = ev.currency_code AND ev.fx_wanted_date >= r.rate_date
),
fresh AS (
    SELECT
        p.*,
        p.rate_date IS NOT NULL AND p.rate_date >= p.fx_wanted_date - INTERVAL 7 DAY AS has_rate,
        usd.units_per_eur AS usd_per_eur
    FROM priced p
    LEFT JOIN dim_fx_rate usd ON usd.currency_code = 'USD' AND usd.rate_date = p.rate_date
)
SELECT
    f.article_id || '-' || f.event_index AS event_id,
    f.article_id,
    f.event_index,
    f.amount,
    f.amount_low,
    f.amount_high,
    f.currency_code,
    f.per,
    f.is_rate,
    f.is_request,
    payer.canonical_name AS payer,
    payer.country_code AS payer_country,
    recipient.canonical_name AS recipient,
    recipient.country_code AS recipient_country,
    f.payer_key,
    f.recipient_key,
    f.event_date,
    f.event_date_granularity,
    f.event_date_source,
    f.published_date,
    CAST(CASE
        WHEN f.currency_code = 'USD' THEN f.amount
        WHEN NOT f.has_rate THEN NULL
        WHEN f.currency_code = 'EUR' THEN round(f.amount * f.usd_per_eur, 2)
        ELSE round(f.amount * f.usd_per_eur / f.currency_per_eur, 2)
    END AS DECIMAL(38, 4)) AS amount_usd,
    CAST(CASE
        WHEN f.currency_code = 'EUR' THEN f.amount
        WHEN NOT f.has_rate THEN NULL
        ELSE round(f.amount / f.currency_per_eur, 2)
    END AS DECIMAL(38, 4)) AS amount_eur,
    CASE WHEN f.has_rate THEN f.rate_date END AS fx_rate_date,  -- the ECB day whose rates were used
    CASE
        WHEN f.has_rate THEN NULL
        WHEN f.fx_wanted_date IS NULL THEN 'no date to price it at'
        WHEN f.fx_wanted_date < DATE '1999-01-04' THEN 'ECB reference rates start on 1999-01-04'
        WHEN NOT EXISTS (SELECT 1 FROM dim_fx_rate q WHERE q.currency_code = f.currency_code)
            THEN 'the ECB publishes no reference rate for ' || f.currency_code
        ELSE 'no ECB rate for ' || f.currency_code || ' within 7 days before ' || f.fx_wanted_date
    END AS fx_note,
    f.mention_count,
    f.first_money_start_char,
    f.first_sentence_text AS first_sentence,
    f.purpose_key,
    f.purpose_phrase,
    f.money_event_key
FROM fresh f
LEFT JOIN dim_entity payer ON payer.entity_key = f.payer_key
LEFT JOIN dim_entity recipient ON recipient.entity_key = f.recipient_key;
