-- Money ↔ entity links whose two ends both passed validation (a refused row takes its links with it).
INSERT INTO fact_money_entity (article_id, money_start_char, entity_start_char, entity_key, role, run_id)
SELECT b.article_id, p.money_start_char, p.entity_start_char, p.entity_key, p.role, getvariable('run_id')
FROM stg_money_entity p
JOIN batch_article b USING (doc_index)
WHERE EXISTS (
    SELECT 1 FROM stg_money_mention m WHERE m.doc_index = p.doc_index AND m.start_char = p.money_start_char
)
AND EXISTS (
    SELECT 1 FROM stg_entity_mention e
    WHERE e.doc_index = p.doc_index AND e.start_char = p.entity_start_char AND e.entity_key = p.entity_key
);
