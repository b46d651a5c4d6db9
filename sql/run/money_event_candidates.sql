-- Reports (current per-article money events) that may be one warehouse event with a report of the batch
-- (batch_article): the batch's own, every report of another article at an amount within 5% of one of them
-- (same currency, a conversion, or USD at the ECB rate) when both name an entity or a purpose phrase, and
-- every report of the warehouse events those belong to (so that a link is re-evaluated as a whole), and of
-- the warehouse events that lost a report to a replaced article version.
WITH report AS (
    SELECT
        e.article_id, e.event_index, e.amount_low, e.amount_high, e.currency_code, e.amount_usd, e.per,
        e.payer_key, e.recipient_key, e.purpose_key, e.purpose_phrase, e.event_date, e.event_date_granularity,
        e.event_date_source, e.money_event_key, a.path, e.first_money_start_char
    FROM int_money_event e
    JOIN dim_article a USING (article_id)
),
batch AS (SELECT * FROM report WHERE article_id IN (SELECT article_id FROM batch_article)),
near AS (
    SELECT DISTINCT r.article_id, r.event_index, r.money_event_key
    FROM report r
    JOIN batch b
        ON r.per IS NOT DISTINCT FROM b.per
        AND r.article_id <> b.article_id
        AND coalesce(r.payer_key, r.recipient_key, r.purpose_key, r.purpose_phrase) IS NOT NULL
        AND coalesce(b.payer_key, b.recipient_key, b.purpose_key, b.purpose_phrase) IS NOT NULL
        AND (
            (r.currency_code = b.currency_code AND r.amount_low BETWEEN b.amount_low * 0.95 AND b.amount_low * 1.05)
            OR r.amount_usd BETWEEN b.amount_usd * 0.95 AND b.amount_usd * 1.05
            OR EXISTS (
                SELECT 1 FROM fact_money_conversion c
                WHERE (c.article_id = b.article_id AND c.event_index = b.event_index
                       AND c.currency_code = r.currency_code
                       AND r.amount_low BETWEEN c.amount_low * 0.95 AND c.amount_low * 1.05)
                   OR (c.article_id = r.article_id AND c.event_index = r.event_index
                       AND c.currency_code = b.currency_code
                       AND b.amount_low BETWEEN c.amount_low * 0.95 AND c.amount_low * 1.05)
            )
        )
)
SELECT
    r.article_id, r.event_index, r.amount_low, r.amount_high, r.currency_code, r.amount_usd, r.per,
    r.payer_key, r.recipient_key, r.purpose_key, r.purpose_phrase, r.event_date, r.event_date_granularity,
    r.event_date_source = 'text' AS own_date, r.path || '@' || r.first_money_start_char AS locator,
    coalesce((
        SELECT list((c.currency_code, c.amount_low) ORDER BY c.money_start_char)
        FROM fact_money_conversion c WHERE c.article_id = r.article_id AND c.event_index = r.event_index
    ), []) AS conversions
FROM report r
WHERE r.article_id IN (SELECT article_id FROM batch_article)
   OR (r.article_id, r.event_index) IN (SELECT (article_id, event_index) FROM near)
   OR r.money_event_key IN (SELECT money_event_key FROM near WHERE money_event_key IS NOT NULL)
   OR r.money_event_key IN (
       SELECT l.money_event_key FROM money_event_link l
       WHERE NOT EXISTS (
           SELECT 1 FROM fact_money_event f WHERE f.article_id = l.article_id AND f.event_index = l.event_index
       )
   )
ORDER BY r.article_id, r.event_index;
