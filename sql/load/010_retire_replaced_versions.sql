-- An edited file replaces its article: the old version's facts go and the version is marked not current.
-- So does an edit that ends refused or as a copy of another article: the old text is no longer the file's.
CREATE OR REPLACE TEMP TABLE refused_edit AS
SELECT a.article_id
FROM dim_article a
JOIN stg_source_file f ON a.path = f.path
WHERE a.is_current
  AND f.status IN ('duplicate', 'quarantined')
  AND ((f.sha256 IS NOT NULL AND f.sha256 <> a.sha256) OR f.reason = 'too_large');

CREATE OR REPLACE TEMP TABLE replaced_article AS
SELECT a.article_id
FROM dim_article a
JOIN stg_article s ON a.path = s.path
WHERE a.is_current
UNION
SELECT article_id FROM refused_edit;

DELETE FROM fact_entity_mention WHERE article_id IN (SELECT article_id FROM replaced_article);
DELETE FROM fact_money_mention  WHERE article_id IN (SELECT article_id FROM replaced_article);
DELETE FROM fact_date_mention   WHERE article_id IN (SELECT article_id FROM replaced_article);
DELETE FROM fact_money_entity   WHERE article_id IN (SELECT article_id FROM replaced_article);
DELETE FROM fact_money_event    WHERE article_id IN (SELECT article_id FROM replaced_article);
DELETE FROM fact_money_event_mention WHERE article_id IN (SELECT article_id FROM replaced_article);

UPDATE dim_article
SET is_current = false, superseded_run_id = getvariable('run_id')
WHERE article_id IN (SELECT article_id FROM replaced_article);
