INSERT INTO fact_entity_mention (
    article_id, entity_key, label, surface_text, start_char, end_char, sentence_index, sentence_text, run_id, role
)
SELECT b.article_id, m.entity_key, m.label, m.surface_text, m.start_char, m.end_char, m.sentence_index,
       m.sentence_text, getvariable('run_id'), m.role
FROM stg_entity_mention m JOIN batch_article b USING (doc_index);

INSERT INTO dim_entity_alias AS a (entity_key, surface_text, mentions)
SELECT m.entity_key, m.surface_text, count(*)
FROM stg_entity_mention m JOIN batch_article b USING (doc_index)
GROUP BY ALL
ON CONFLICT (entity_key, surface_text) DO UPDATE SET mentions = a.mentions + excluded.mentions;

INSERT INTO fact_money_mention
SELECT b.article_id, m.amount, m.amount_low, m.amount_high, m.currency_code, m.currency_inferred,
       m.qualifier, m.per, m.surface_text, m.start_char, m.end_char, m.sentence_index, m.sentence_text,
       m.source, getvariable('run_id')
FROM stg_money_mention m JOIN batch_article b USING (doc_index);

INSERT INTO fact_date_mention (
    article_id, surface_text, start_char, end_char, sentence_index, sentence_text, run_id, date_value, granularity,
    date_end, timex_value, timex_type
)
SELECT b.article_id, m.surface_text, m.start_char, m.end_char, m.sentence_index, m.sentence_text,
       getvariable('run_id'), m.date_value, m.granularity, m.date_end, m.timex_value, m.timex_type
FROM stg_date_mention m JOIN batch_article b USING (doc_index);
