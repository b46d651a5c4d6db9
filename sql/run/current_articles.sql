-- Content hashes of the current article versions, for duplicate detection.
SELECT sha256, min(path) AS path
FROM dim_article
WHERE is_current
GROUP BY sha256;
