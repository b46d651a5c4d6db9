-- A run that never finished (killed) is closed as aborted: its batches were rolled back or fully committed.
UPDATE etl_run SET status = 'aborted', ended_at = current_timestamp, error = 'run ended without finishing'
WHERE status = 'running';

INSERT INTO etl_run (run_id, flow_run_name, started_at, status, inbox, spacy_model)
VALUES ($run_id, $flow_run_name, current_timestamp, 'running', $inbox, $spacy_model)
ON CONFLICT (run_id) DO UPDATE SET started_at = excluded.started_at, status = 'running';
