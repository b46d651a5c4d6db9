-- `news-etl status`: what the warehouse holds.
SELECT
    (SELECT count(*) FROM dim_article WHERE is_current) AS articles,
    (SELECT count(*) FROM dim_article WHERE NOT is_current) AS superseded_versions,
    (SELECT count(*) FROM dim_entity) AS entities,
    (SELECT count(*) FROM fact_entity_mention) AS entity_mentions,
    (SELECT count(*) FROM fact_money_mention) AS money_mentions,
    (SELECT count(*) FROM fact_date_mention) AS date_mentions,
    (SELECT count(*) FROM source_file WHERE status = 'duplicate') AS duplicate_files,
    (SELECT count(*) FROM etl_run) AS runs;
