-- Files gone from the inbox: their facts stay (the warehouse is a history), flagged as source-deleted.
UPDATE dim_article SET source_deleted = true
WHERE is_current AND path IN (SELECT path FROM stg_deleted_path);

UPDATE source_file SET status = 'deleted', last_run_id = getvariable('run_id'), updated_at = current_timestamp
WHERE path IN (SELECT path FROM stg_deleted_path);
