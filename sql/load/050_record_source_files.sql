-- The inbox state of every file this batch decided about, in the same transaction as its facts.
INSERT INTO source_file AS f (
    path, size_bytes, mtime_ns, sha256, status, article_id, reason, first_run_id, last_run_id, updated_at
)
SELECT
    s.path, s.size_bytes, s.mtime_ns, s.sha256, s.status,
    CASE WHEN s.status = 'duplicate' THEN dup.article_id ELSE COALESCE(b.article_id, cur.article_id) END,
    s.reason, getvariable('run_id'), getvariable('run_id'), current_timestamp
FROM stg_source_file s
LEFT JOIN batch_article b ON s.status = 'loaded' AND b.doc_index = s.doc_index
LEFT JOIN (
    SELECT sha256, min(article_id) AS article_id FROM dim_article WHERE is_current GROUP BY sha256
) dup ON s.status = 'duplicate' AND dup.sha256 = s.sha256
LEFT JOIN (
    SELECT path, article_id FROM dim_article WHERE is_current
) cur ON cur.path = s.path
ON CONFLICT (path) DO UPDATE SET
    size_bytes = excluded.size_bytes,
    mtime_ns = excluded.mtime_ns,
    sha256 = excluded.sha256,
    status = excluded.status,
    article_id = excluded.article_id,
    reason = CASE WHEN excluded.status = f.status THEN coalesce(excluded.reason, f.reason) ELSE excluded.reason END,
    last_run_id = excluded.last_run_id,
    updated_at = excluded.updated_at;

INSERT INTO quarantine (run_id, path, sha256, table_name, reason, expectation, detail)
SELECT getvariable('run_id'), path, sha256, table_name, reason, expectation, detail
FROM stg_quarantine;
