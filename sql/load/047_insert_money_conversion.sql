-- Conversions of a replaced article version go with its events (010_retire_replaced_versions.sql).
DELETE FROM fact_money_conversion WHERE article_id IN (SELECT article_id FROM replaced_article);

-- Each loaded event's purpose (transforms/purpose.py).
UPDATE fact_money_event SET purpose_key = v.purpose_key, purpose_phrase = v.purpose_phrase
FROM stg_money_event v JOIN batch_article b USING (doc_index)
WHERE fact_money_event.article_id = b.article_id AND fact_money_event.event_index = v.event_index;

-- Each loaded event's conversions (transforms/conversions.py); one whose event or mention was refused is
-- quarantined as parent_refused before it gets here (news_etl/quality.py).
INSERT INTO fact_money_conversion (
    article_id, event_index, money_start_char, amount, amount_low, amount_high, currency_code, surface_text, run_id
)
SELECT
    b.article_id, c.event_index, c.money_start_char, c.amount, c.amount_low, c.amount_high, c.currency_code,
    c.surface_text, getvariable('run_id')
FROM stg_money_conversion c
JOIN batch_article b USING (doc_index);
