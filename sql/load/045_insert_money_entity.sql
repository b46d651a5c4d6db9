-- Money ↔ entity links. Both ends of every staged link passed validation: a link whose money or entity
-- mention was refused is quarantined as `parent_refused` before staging (news_etl/quality.py).
INSERT INTO fact_money_entity (article_id, money_start_char, entity_start_char, entity_key, role, run_id)
SELECT b.article_id, p.money_start_char, p.entity_start_char, p.entity_key, p.role, getvariable('run_id')
FROM stg_money_entity p
JOIN batch_article b USING (doc_index);
