-- What the warehouse knows of the inbox, for discovery: one row per recorded file.
SELECT f.path, f.size_bytes, f.mtime_ns, f.sha256, f.status, f.reason
FROM source_file f;
