-- Apply stg_money_event_link (article_id, event_index, money_event_key, linked_to, reason) and
-- stg_money_event_doubt for the re-evaluated reports, then rebuild dim_money_event from its reports.
UPDATE fact_money_event SET money_event_key = l.money_event_key
FROM stg_money_event_link l
WHERE fact_money_event.article_id = l.article_id AND fact_money_event.event_index = l.event_index;

DELETE FROM money_event_link
WHERE (article_id, event_index) IN (SELECT (article_id, event_index) FROM stg_money_event_link)
   OR NOT EXISTS (
       SELECT 1 FROM fact_money_event e
       WHERE e.article_id = money_event_link.article_id AND e.event_index = money_event_link.event_index
   );

INSERT INTO money_event_link
SELECT article_id, event_index, money_event_key, linked_to, reason, getvariable('run_id'), current_timestamp
FROM stg_money_event_link;

DELETE FROM money_event_doubt
WHERE (article_id, event_index) IN (SELECT (article_id, event_index) FROM stg_money_event_link)
   OR (other_article_id, other_event_index) IN (SELECT (article_id, event_index) FROM stg_money_event_link)
   OR NOT EXISTS (
       SELECT 1 FROM fact_money_event e
       WHERE e.article_id = money_event_doubt.other_article_id AND e.event_index = money_event_doubt.other_event_index
   );

INSERT INTO money_event_doubt
SELECT DISTINCT article_id, event_index, other_article_id, other_event_index, reason, getvariable('run_id')
FROM stg_money_event_doubt;

-- One row per warehouse event: the figure, currency and date of its first report, the first payer,
-- recipient and purpose any report names.
DELETE FROM dim_money_event;
INSERT INTO dim_money_event
SELECT
    e.money_event_key,
    arg_min(e.amount, (e.event_date, e.article_id, e.event_index)),
    arg_min(e.amount_low, (e.event_date, e.article_id, e.event_index)),
    arg_min(e.amount_high, (e.event_date, e.article_id, e.event_index)),
    arg_min(e.currency_code, (e.event_date, e.article_id, e.event_index)),
    arg_min(e.per, (e.event_date, e.article_id, e.event_index)),
    bool_or(e.is_rate),
    arg_min(e.payer_key, (e.event_date, e.article_id, e.event_index)) FILTER (WHERE e.payer_key IS NOT NULL),
    arg_min(e.recipient_key, (e.event_date, e.article_id, e.event_index)) FILTER (WHERE e.recipient_key IS NOT NULL),
    arg_min(e.purpose_key, (e.event_date, e.article_id, e.event_index)) FILTER (WHERE e.purpose_key IS NOT NULL),
    arg_min(e.purpose_phrase, (e.event_date, e.article_id, e.event_index))
        FILTER (WHERE e.purpose_phrase IS NOT NULL),
    arg_min(e.event_date, (e.event_date, e.article_id, e.event_index)),
    arg_min(e.event_date_granularity, (e.event_date, e.article_id, e.event_index)),
    count(*),
    getvariable('run_id')
FROM fact_money_event e
WHERE e.money_event_key IS NOT NULL
GROUP BY e.money_event_key;
