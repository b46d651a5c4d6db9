-- The rows the batch being loaded inserted, per table: what etl_batch and etl_run count. batch_article
-- (sql/load/020) holds the article versions the batch inserted; every fact row it inserted is of one of them.
SELECT 'dim_article' AS table_name, count(*) AS row_count FROM batch_article
UNION ALL
SELECT 'fact_entity_mention', count(*) FROM fact_entity_mention WHERE article_id IN (SELECT article_id FROM batch_article)
UNION ALL
SELECT 'fact_money_mention', count(*) FROM fact_money_mention WHERE article_id IN (SELECT article_id FROM batch_article)
UNION ALL
SELECT 'fact_date_mention', count(*) FROM fact_date_mention WHERE article_id IN (SELECT article_id FROM batch_article)
UNION ALL
SELECT 'fact_money_event', count(*) FROM fact_money_event WHERE article_id IN (SELECT article_id FROM batch_article)
UNION ALL
SELECT 'fact_money_event_mention', count(*)
FROM fact_money_event_mention WHERE article_id IN (SELECT article_id FROM batch_article)
UNION ALL
SELECT 'fact_money_entity', count(*) FROM fact_money_entity WHERE article_id IN (SELECT article_id FROM batch_article)
UNION ALL
SELECT 'fact_money_conversion', count(*)
FROM fact_money_conversion WHERE article_id IN (SELECT article_id FROM batch_article)
UNION ALL
SELECT 'quarantine', count(*) FROM stg_quarantine;
