-- Intermediate (used by the money marts): one row per warehouse money event (dim_money_event; rules in
-- transforms/money_links.py) with at least one report in a current article version: the figure, currency,
-- USD value and date of its first report, the first payer, recipient and purpose any report names, and how
-- many articles reported it, first and last. A report not linked yet counts as an event of its own.
-- depends on: int_money_event
CREATE OR REPLACE VIEW int_money_event_warehouse AS
WITH report AS (
    SELECT
        e.*,
        coalesce(e.money_event_key, 'ME-' || e.event_id) AS warehouse_key,
        (e.event_date, e.article_id, e.event_index) AS report_order
    FROM int_money_event e
),
event AS (
    SELECT
        warehouse_key AS money_event_key,
        arg_min(amount, report_order) AS amount,
        arg_min(amount_low, report_order) AS amount_low,
        arg_min(amount_high, report_order) AS amount_high,
        arg_min(currency_code, report_order) AS currency_code,
        arg_min(amount_usd, report_order) AS amount_usd,
        arg_min(amount_eur, report_order) AS amount_eur,
        arg_min(fx_note, report_order) AS fx_note,
        arg_min(per, report_order) AS per,
        bool_or(is_rate) AS is_rate,
        arg_min(payer_key, report_order) FILTER (WHERE payer_key IS NOT NULL) AS payer_key,
        arg_min(recipient_key, report_order) FILTER (WHERE recipient_key IS NOT NULL) AS recipient_key,
        arg_min(purpose_key, report_order) FILTER (WHERE purpose_key IS NOT NULL) AS purpose_key,
        arg_min(purpose_phrase, report_order) FILTER (WHERE purpose_phrase IS NOT NULL) AS purpose_phrase,
        arg_min(event_date, report_order) AS event_date,
        arg_min(event_date_granularity, report_order) AS event_date_granularity,
        arg_min(event_date_source, report_order) AS event_date_source,
        arg_min(first_sentence, report_order) AS first_sentence,
        count(*) AS reports,
        sum(mention_count) AS mentions,
        count(DISTINCT article_id) AS reported_in_articles,
        list(DISTINCT article_id ORDER BY article_id) AS article_ids,
        min(published_date) AS first_reported,
        max(published_date) AS last_reported
    FROM report
    GROUP BY warehouse_key
)
SELECT
    ev.*,
    payer.canonical_name AS payer,
    payer.country_code AS payer_country,
    recipient.canonical_name AS recipient,
    recipient.country_code AS recipient_country,
    coalesce(purpose.canonical_name, ev.purpose_phrase) AS purpose,
    purpose.label AS purpose_label
FROM event ev
LEFT JOIN dim_entity payer ON payer.entity_key = ev.payer_key
LEFT JOIN dim_entity recipient ON recipient.entity_key = ev.recipient_key
LEFT JOIN dim_entity purpose ON purpose.entity_key = ev.purpose_key;
