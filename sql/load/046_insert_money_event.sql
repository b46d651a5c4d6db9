-- Money events and the mentions that report them. An event whose first mention was refused, and a bridge row
-- whose event or mention was refused, is quarantined as `parent_refused` before staging (news_etl/quality.py).
INSERT INTO fact_money_event (
    article_id, event_index, amount, amount_low, amount_high, currency_code, per, is_rate, is_request,
    payer_key, recipient_key, event_date, event_date_granularity, event_date_source, mention_count,
    first_money_start_char, first_sentence_index, first_sentence_text, run_id
)
SELECT
    b.article_id, v.event_index, v.amount, v.amount_low, v.amount_high, v.currency_code, v.per, v.is_rate,
    v.is_request, v.payer_key, v.recipient_key, v.event_date, v.event_date_granularity, v.event_date_source,
    v.mention_count, v.first_money_start_char, v.first_sentence_index, v.first_sentence_text, getvariable('run_id')
FROM stg_money_event v
JOIN batch_article b USING (doc_index);

INSERT INTO fact_money_event_mention (article_id, event_index, money_start_char, run_id)
SELECT b.article_id, x.event_index, x.money_start_char, getvariable('run_id')
FROM stg_money_event_mention x
JOIN batch_article b USING (doc_index);
