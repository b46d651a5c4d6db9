INSERT INTO dim_article (
    article_id, path, sha256, published_date, date_missing, title, word_count, char_count, encoding, body,
    loaded_run_id, loaded_at, is_current, superseded_run_id, source_deleted, dateline_place
)
SELECT
    nextval('seq_article_id'), path, sha256, published_date, date_missing, title, word_count, char_count,
    encoding, body, getvariable('run_id'), current_timestamp, true, NULL, false, dateline_place
FROM stg_article
ORDER BY doc_index;

-- doc_index (position in the batch) -> the article_id just assigned.
CREATE OR REPLACE TEMP TABLE batch_article AS
SELECT s.doc_index, a.article_id
FROM stg_article s
JOIN dim_article a ON a.path = s.path AND a.sha256 = s.sha256 AND a.is_current;
