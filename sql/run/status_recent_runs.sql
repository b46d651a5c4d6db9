-- `news-etl status`: the latest runs.
SELECT
    strftime(started_at, '%Y-%m-%d %H:%M:%S') AS started,
    status,
    round(epoch(ended_at) - epoch(started_at), 1) AS seconds,
    files_seen AS seen,
    files_new AS new,
    files_changed AS changed,
    files_duplicate AS dup,
    files_quarantined AS quar,
    rows_dim_article AS articles,
    rows_fact_money_mention AS money,
    CASE validation_success WHEN true THEN 'passed' WHEN false THEN 'FAILED' END AS validation,
    flow_run_name
FROM etl_run
ORDER BY started_at DESC
LIMIT 10;
