-- TimeML types of temporal expressions: DATE | TIME | DURATION | SET (only DATE and TIME are dates);
-- rows written before durations and sets were kept are all dates.
ALTER TABLE fact_date_mention ADD COLUMN timex_type VARCHAR NOT NULL DEFAULT 'DATE';
