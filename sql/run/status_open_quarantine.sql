-- `news-etl status`: quarantine items still standing: files still refused, and refused rows of the
-- article versions that are current.
SELECT
    strftime(q.quarantined_at, '%Y-%m-%d %H:%M') AS quarantined,
    q.path,
    coalesce(q.table_name, '(file)') AS what,
    q.reason,
    coalesce(q.expectation, q.detail) AS why
FROM quarantine q
LEFT JOIN source_file f ON f.path = q.path
WHERE (q.table_name IS NULL OR q.table_name = 'dim_article') AND f.status = 'quarantined' AND f.sha256 IS NOT DISTINCT FROM q.sha256
   OR q.table_name NOT IN ('dim_article') AND EXISTS (
        SELECT 1 FROM dim_article a WHERE a.is_current AND a.path = q.path AND a.sha256 = q.sha256
   )
ORDER BY q.quarantined_at DESC, q.path
LIMIT 20;
